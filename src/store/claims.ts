import Database from "better-sqlite3";
import type { Pool } from "pg";
import type { Download } from "../domain/task.js";
import { ORDER_COLUMNS } from "../domain/order.js";
import { RUNNING_STATUSES } from "../domain/vocabulary.js";
import { SQLITE_BUSY_TIMEOUT_MS, withRetries } from "./retry.js";
import { stored as sqliteTime } from "./raw-writes.js";
import { columnNames, resultOf, tasksOf } from "./task-reads.js";

/** A task a lease expiry put back in the queue, and the status it had. */
export type Requeued = { after: Download; previousStatus: string };

/**
 * How instances share the queue, as a job queue does it: an idle worker claims the next pending
 * task in one statement, renews its lease while it runs, and expired leases go back to pending
 * in one set-based statement. Lease times are the database's clock, so instances' clocks need
 * not agree; `updatedAt` stays the server's, like every other write.
 */
export interface Claims {
  /** The oldest pending task nobody holds, now held by `instanceId`; undefined when there is none. */
  claimNext(instanceId: string, updatedAt: Date): Promise<Download | undefined>;
  /** Renews `instanceId`'s lease on a task; false when the row no longer names it. */
  renew(id: string, instanceId: string): Promise<boolean>;
  /** Every held task whose lease is older than `leaseMs`, back to pending and unheld. */
  requeueExpired(leaseMs: number, updatedAt: Date): Promise<Requeued[]>;
}

/**
 * Pending, held by nobody, not waiting for an automatic retry (`?`: now, on the server's clock
 * like nextAttemptAt), and the queue not paused (a setting every instance reads in the same statement).
 */
const CLAIMABLE = `"status" = 'pending' AND "lockedBy" IS NULL AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ?)
  AND NOT EXISTS (SELECT 1 FROM "Setting" WHERE "key" = 'queuePaused' AND "value" = 'true')`;
/** A prioritized task first, then the listing order. */
const QUEUE_ORDER = ['"priority" DESC', ...ORDER_COLUMNS.map((column) => `"${column}"`)].join(", ");
const HELD = [...RUNNING_STATUSES, "pending"].map((status) => `'${status}'`).join(", ");
/** What a requeued task's row says (domain REQUEUED, in SQL). */
const REQUEUE_SET = `"status" = 'pending', "lockedBy" = NULL, "lockedAt" = NULL, "pid" = NULL, "speedBytes" = NULL, "etaSeconds" = NULL`;

/** Claims on SQLite, on a connection of their own; the writer lock makes each statement atomic. */
export class SqliteClaims implements Claims {
  private readonly db: Database.Database;
  private readonly claim: Database.Statement;
  private readonly renewal: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const now = `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`; // Prisma's DateTime text
    this.claim = this.db
      .prepare(
        `UPDATE "Download" SET "lockedBy" = ?, "lockedAt" = ${now}, "updatedAt" = ?
         WHERE "id" = (SELECT "id" FROM "Download" WHERE ${CLAIMABLE} ORDER BY ${QUEUE_ORDER} LIMIT 1) RETURNING *`,
      )
      .raw(true);
    this.renewal = this.db.prepare(`UPDATE "Download" SET "lockedAt" = ${now} WHERE "id" = ? AND "lockedBy" = ?`);
  }

  async claimNext(instanceId: string, updatedAt: Date): Promise<Download | undefined> {
    const now = sqliteTime(updatedAt);
    const row = await withRetries(async () => this.claim.get(instanceId, now, now) as unknown[] | undefined);
    return row && tasksOf({ names: columnNames(this.claim), rows: [row] })[0];
  }

  async renew(id: string, instanceId: string): Promise<boolean> {
    return (await withRetries(async () => this.renewal.run(id, instanceId))).changes > 0;
  }

  async requeueExpired(leaseMs: number, updatedAt: Date): Promise<Requeued[]> {
    const expired = `"status" IN (${HELD}) AND "lockedBy" IS NOT NULL AND "lockedAt" < strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', ?)`;
    const requeue = this.db.transaction((modifier: string) => {
      const before = this.db.prepare(`SELECT "id", "status" FROM "Download" WHERE ${expired}`).all(modifier) as Array<{ id: string; status: string }>;
      const update = this.db.prepare(`UPDATE "Download" SET ${REQUEUE_SET}, "updatedAt" = ? WHERE "id" = ? RETURNING *`).raw(true);
      const rows = before.map(({ id }) => update.get(sqliteTime(updatedAt), id) as unknown[]);
      return tasksOf({ names: columnNames(update), rows }).map((after, i) => ({ after, previousStatus: before[i]!.status }));
    });
    return withRetries(async () => requeue(`-${leaseMs / 1000} seconds`));
  }

  close(): void {
    this.db.close();
  }
}

/** Claims on PostgreSQL: `FOR UPDATE SKIP LOCKED`, so instances claiming at once take different tasks. */
export class PgClaims implements Claims {
  private static readonly NOW = `(now() AT TIME ZONE 'UTC')`; // Prisma keeps DateTime as UTC without a zone

  constructor(private readonly pool: Pool) {}

  async claimNext(instanceId: string, updatedAt: Date): Promise<Download | undefined> {
    const result = await withRetries(() =>
      this.pool.query({
        text: `UPDATE "Download" SET "lockedBy" = $1, "lockedAt" = ${PgClaims.NOW}, "updatedAt" = $2
          WHERE "id" = (SELECT "id" FROM "Download" WHERE ${CLAIMABLE.replace("?", "$2")} ORDER BY ${QUEUE_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING *`,
        values: [instanceId, updatedAt],
        rowMode: "array",
      }),
    );
    return tasksOf(resultOf(result))[0];
  }

  async renew(id: string, instanceId: string): Promise<boolean> {
    const { rowCount } = await withRetries(() =>
      this.pool.query(`UPDATE "Download" SET "lockedAt" = ${PgClaims.NOW} WHERE "id" = $1 AND "lockedBy" = $2`, [id, instanceId]),
    );
    return (rowCount ?? 0) > 0;
  }

  async requeueExpired(leaseMs: number, updatedAt: Date): Promise<Requeued[]> {
    const result = await withRetries(() =>
      this.pool.query({
        text: `WITH expired AS (
           SELECT "id", "status" FROM "Download"
           WHERE "status" IN (${HELD}) AND "lockedBy" IS NOT NULL AND "lockedAt" < ${PgClaims.NOW} - $1 * interval '1 millisecond'
           FOR UPDATE SKIP LOCKED)
         UPDATE "Download" AS d SET ${REQUEUE_SET}, "updatedAt" = $2 FROM expired WHERE d."id" = expired."id"
         RETURNING d.*, expired."status" AS "previousStatus"`,
        values: [leaseMs, updatedAt],
        rowMode: "array",
      }),
    );
    const requeued = resultOf(result);
    const previous = requeued.names.indexOf("previousStatus");
    return tasksOf(requeued).map((after, i) => ({ after, previousStatus: String(requeued.rows[i]![previous]) }));
  }
}
