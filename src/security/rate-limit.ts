import type { Caller } from "./auth.js";

/**
 * A token bucket per caller: `perMinute` tasks may be created in a burst, and the bucket refills
 * at that rate. Callers are told how long to wait, never blocked.
 */
export class TaskBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  /** Takes `count` (all or none); the seconds until that many are free when they are not. */
  take(caller: Caller, count = 1, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const key = caller.kind === "token" ? caller.tokenId : caller.kind;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < count) return { ok: false, retryAfterSeconds: Math.ceil(((count - bucket.tokens) / this.perMinute) * 60) };
    bucket.tokens -= count;
    return { ok: true };
  }
}
