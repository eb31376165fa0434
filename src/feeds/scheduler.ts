import type { Logger } from "pino";
import type { FeedStore } from "../store/feeds.js";
import type { FeedService, FeedTiming } from "./feeds.js";

/** Due feeds looked at per tick. */
const DUE_PER_TICK = 5;

/**
 * Checks due feeds by itself. Every instance ticks; each due feed is claimed with a lease (one
 * conditional update), so exactly one instance checks it. A tick never overlaps the previous
 * one, and no error escapes it: a failing check is written on its feed, a failing database
 * waits for the next tick.
 */
export class FeedScheduler {
  private timer?: NodeJS.Timeout;
  private ticking = false;

  constructor(
    private readonly store: FeedStore,
    private readonly feeds: FeedService,
    private readonly timing: FeedTiming,
    private readonly log: Logger,
  ) {}

  /** `alone`: no other instance shares the database, so whatever held a feed was this server before a restart. */
  async start(alone: boolean): Promise<void> {
    if (alone) await this.store.releaseAll();
    // A quarter of a "minute", between 50 ms (tests) and 15 s (a real minute).
    const every = Math.min(15_000, Math.max(50, this.timing.minuteMs / 4));
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      for (const due of await this.store.due(new Date(), this.timing.leaseMs, DUE_PER_TICK)) {
        if (this.feeds.isChecking(due.id)) continue;
        const feed = await this.store.claim(due.id, this.timing.instanceId, this.timing.leaseMs);
        if (!feed) continue; // another instance took it
        await this.feeds.runHeld(feed, {}).catch(() => undefined); // written on the feed, logged by its event (app.ts)
      }
    } catch (error) {
      this.log.warn({ error: (error as Error).message }, `feed schedule: ${(error as Error).message}; trying again`);
    } finally {
      this.ticking = false;
    }
  }
}
