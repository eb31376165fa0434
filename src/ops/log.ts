import { destination, pino, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/**
 * JSON lines for log collectors; readable, coloured lines on a terminal. JSON is written
 * asynchronously (pino flushes it at exit): a bulk change logs thousands of lines at once.
 */
export function createLogger(level: string): Logger {
  if (process.stdout.isTTY) return pino({ level }, pretty({ colorize: true, translateTime: "SYS:HH:MM:ss" }));
  return pino({ level }, destination({ dest: 1, sync: false }));
}
