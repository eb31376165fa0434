/**
 * One policy for a database that blinks: a transient error (SQLite busy or locked by another
 * process, a PostgreSQL connection lost or refused, a serialization failure) is retried with
 * backoff, asynchronously, so no wait holds up the event loop; anything else fails at once.
 */

/** SQLite waits this long for a lock before it says busy: short, since it waits synchronously. */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

const PG_TRANSIENT = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "40001", "40P01", "53300"]);
const NODE_TRANSIENT = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);
/** Prisma's codes for the same: can't reach the server, connection closed, timed out, write conflict or deadlock. */
const PRISMA_TRANSIENT = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
const TRANSIENT_TEXT = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|Connection terminated|connection (is )?(closed|lost)|terminating connection|Can't reach database server|socket timeout/i;

/** Whether an error (or its cause, as driver adapters wrap them) is worth trying again. */
export function isTransient(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || PG_TRANSIENT.has(code) || NODE_TRANSIENT.has(code) || PRISMA_TRANSIENT.has(code))) {
    return true;
  }
  if (typeof message === "string" && TRANSIENT_TEXT.test(message)) return true;
  return isTransient(cause, depth + 1);
}

export type RetryPolicy = { firstDelayMs: number; maxDelayMs: number; giveUpAfterMs: number };

/** A few milliseconds first, at most 2 s apart, for half a minute: a PostgreSQL restart or a held SQLite lock. */
export const DATABASE_RETRIES: RetryPolicy = { firstDelayMs: 10, maxDelayMs: 2000, giveUpAfterMs: 30_000 };

/** Runs `work` until it succeeds, fails for good, or the policy gives up (then its last error). */
export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy = DATABASE_RETRIES): Promise<T> {
  const started = Date.now();
  for (let delay = policy.firstDelayMs; ; delay = Math.min(delay * 2, policy.maxDelayMs)) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || Date.now() - started + delay > policy.giveUpAfterMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** `work`, or an error saying the database did not answer within `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
