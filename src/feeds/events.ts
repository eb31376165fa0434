import type { Feed } from "../domain/feed.js";
import type { CheckOutcome } from "./checks.js";

/** What a feed did: a check ended (with what it queued), or failed. */
export type FeedEvent =
  | { kind: "checked"; feed: Feed; check: CheckOutcome; ms: number }
  | { kind: "failed"; feed: Feed; error: string; ms: number };

/** Feed events of this instance, for feedEvents subscribers (the tasks a check queued come as downloadEvents). */
export class FeedEvents {
  private readonly listeners = new Set<(event: FeedEvent) => void>();

  on(listener: (event: FeedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  publish(event: FeedEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
