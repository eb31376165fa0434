import type { Logger } from "./log.js";
import type { DownloadService } from "../tasks/downloads.js";

const DAY_MS = 86_400_000;

/**
 * Removes finished tasks `afterDays` after they last changed (AUTO_CLEAR_AFTER_DAYS), looking
 * as often as a hundredth of that, at least every minute and at most every hour. Errors wait for
 * the next look. Returns what stops it.
 */
export function startAutoClear(downloads: DownloadService, { afterDays, files }: { afterDays: number; files: boolean }, log: Logger): () => void {
  if (afterDays <= 0) return () => undefined;
  const afterMs = afterDays * DAY_MS;
  const clear = () =>
    void downloads.clearFinishedBefore(new Date(Date.now() - afterMs), files).then(
      (count) => count > 0 && log.info({ count, files }, `auto-clear removed ${count} finished task(s) older than ${afterDays} day(s)`),
      (error: Error) => log.warn({ error: error.message }, `auto-clear: ${error.message}; trying again later`),
    );
  const timer = setInterval(clear, Math.min(3_600_000, Math.max(Math.min(60_000, afterMs), afterMs / 100)));
  timer.unref();
  return () => clearInterval(timer);
}
