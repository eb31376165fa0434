import { pino, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/** JSON lines for log collectors; readable, coloured lines on a terminal. */
export function createLogger(level: string): Logger {
  return process.stdout.isTTY ? pino({ level }, pretty({ colorize: true, translateTime: "SYS:HH:MM:ss" })) : pino({ level });
}
