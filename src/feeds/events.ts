import type { Feed } from "../domain/feed.js";
import type { FeedStore } from "../store/feeds.js";
import type { CheckOutcome } from "./checks.js";

/** What a feed did, as it happens here: a check ended (with what it queued), or failed. */
export type FeedEvent =
  | { kind: "checked"; feed: Feed; check: CheckOutcome; ms: number }
  | { kind: "failed"; feed: Feed; error: string; ms: number; /** For the log only: what an internal failure really was. */ cause?: Error };

/** A feed event as subscribers get it, from this instance or (through the log) any: `seq` orders them all. */
export type LoggedFeedEvent = { seq: number | null; kind: FeedEvent["kind"]; feed: Feed; queued: number; error: string | null };

/** Events kept for subscribers to resume from. */
const KEPT = 10_000;
/** How often a subscriber's stream looks for other instances' events. */
const POLL_MS = 1000;

const DATES = ["lastCheckedAt", "nextCheckAt", "lockedAt", "createdAt", "updatedAt"] as const;
const reviveFeed = (feed: Feed): Feed => ({ ...feed, ...Object.fromEntries(DATES.map((key) => [key, feed[key] ? new Date(feed[key] as unknown as string) : null])) });

/**
 * Feed events: told to this instance's listeners (logs, metrics) at once, and appended to the
 * feed event log in order, so a subscriber resumes from a cursor and sees every instance's events.
 * A log that cannot be written costs subscribers that event's cursor, never the check.
 */
export class FeedEvents {
  private readonly listeners = new Set<(event: FeedEvent) => void>();
  private readonly logged = new Set<(event: LoggedFeedEvent) => void>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: FeedStore) {}

  on(listener: (event: FeedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  publish(event: FeedEvent): void {
    for (const listener of this.listeners) listener(event);
    const view = { kind: event.kind, feed: event.feed, queued: event.kind === "checked" ? event.check.queued : 0, error: event.kind === "failed" ? event.error : null };
    this.writing = this.writing
      .then(() => this.store.appendEvent(event.kind, event.feed.id, JSON.stringify(view)))
      .then(
        (seq) => {
          for (const listener of this.logged) listener({ ...view, seq });
          if (seq % 100 === 0) return this.store.pruneEvents(seq - KEPT);
        },
        () => {
          for (const listener of this.logged) listener({ ...view, seq: null });
        },
      )
      .catch(() => undefined);
  }

  /** Every event after `after` (a seq; default: from now on), from the log, then as they come: here at once, other instances' within a second. */
  async *stream(after: number | undefined, signal: AbortSignal): AsyncGenerator<LoggedFeedEvent> {
    let last = after ?? (await this.store.lastEventSeq());
    const waiting: LoggedFeedEvent[] = [];
    let wake: (() => void) | undefined;
    const off = (() => {
      const listener = (event: LoggedFeedEvent) => {
        waiting.push(event);
        wake?.();
      };
      this.logged.add(listener);
      return () => this.logged.delete(listener);
    })();
    const timer = setInterval(() => wake?.(), POLL_MS);
    signal.addEventListener("abort", () => wake?.());
    try {
      while (!signal.aborted) {
        const fromLog = await this.store.eventsAfter(last, 500).catch(() => []);
        for (const row of fromLog) {
          last = row.seq;
          yield { ...(JSON.parse(row.payload) as Omit<LoggedFeedEvent, "seq">), feed: reviveFeed((JSON.parse(row.payload) as { feed: Feed }).feed), seq: row.seq };
        }
        for (const event of waiting.splice(0)) {
          if (event.seq === null) yield event; // not logged: only here, without a cursor
          else if (event.seq > last) {
            last = event.seq;
            yield event;
          }
        }
        if (fromLog.length < 500) await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      off();
      clearInterval(timer);
    }
  }
}
