import type { Engine, YtdlpInfo } from "../engine/engine.js";
import type { Logger } from "./log.js";
import { UpstreamError } from "../domain/errors.js";

/** A yt-dlp older than this breaks on real sites: say so at start and in serverInfo. */
export const OUTDATED_AFTER_DAYS = 90;
const DAY_MS = 86_400_000;

export type YtdlpStatus = YtdlpInfo & { outdated: boolean };

/** The yt-dlp in use, and keeping it current (on demand, or daily with YTDLP_AUTO_UPDATE). */
export class YtdlpService {
  private updating?: Promise<YtdlpStatus>;
  private readonly timer?: NodeJS.Timeout;

  constructor(
    private readonly engine: Engine,
    autoUpdate: boolean,
    log: Logger,
  ) {
    if (autoUpdate) {
      this.timer = setInterval(() => this.update().catch((error: Error) => log.warn({ err: error }, "yt-dlp auto-update failed")), DAY_MS);
      this.timer.unref();
    }
  }

  status(now = Date.now()): YtdlpStatus {
    const info = this.engine.info;
    const age = info.releasedAt ? (now - info.releasedAt.getTime()) / DAY_MS : Infinity;
    return { ...info, outdated: age > OUTDATED_AFTER_DAYS };
  }

  /** Fetches the latest release and moves new tasks to it; one update at a time. */
  update(): Promise<YtdlpStatus> {
    this.updating ??= this.engine
      .update()
      .then(() => this.status())
      .catch((error: Error) => {
        throw new UpstreamError(error.message);
      })
      .finally(() => (this.updating = undefined));
    return this.updating;
  }

  /** Whether yt-dlp can run now (readiness). */
  check(): Promise<void> {
    return this.engine.check();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
