import type { Caller } from "./auth.js";

/** The key a caller's budget is kept under, also stored on its tasks (`requestedBy`): a token's fingerprint, or the caller's kind. */
export const budgetKey = (caller: Caller): string => (caller.kind === "token" ? caller.tokenId : caller.kind);

/**
 * A token bucket per caller: `perMinute` tasks may be created in a burst, and the bucket refills
 * at that rate. Every task made on a caller's behalf counts: what it adds, a playlist's entries,
 * a feed's backfill, a retry. Callers are told how long to wait, never blocked.
 */
export class TaskBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly perMinute: number) {}

  /** Takes `count` (all or none); the seconds until that many are free when they are not. */
  take(who: Caller | string, count = 1, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.bucket(who, now);
    if (bucket.tokens < count) return { ok: false, retryAfterSeconds: Math.ceil(((count - bucket.tokens) / this.perMinute) * 60) };
    bucket.tokens -= count;
    return { ok: true };
  }

  /** Counts `count` tasks already made (a feed check's new entries), even past what is left: the caller's next ones wait. */
  spend(who: Caller | string, count: number, now = Date.now()): void {
    this.bucket(who, now).tokens -= count;
  }

  private bucket(who: Caller | string, now: number) {
    const key = typeof who === "string" ? who : budgetKey(who);
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
