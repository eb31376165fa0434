import Database from "better-sqlite3";
import type { Download } from "../domain/task.js";
import type { Pool } from "pg";
import { SQLITE_BUSY_TIMEOUT_MS, withRetries } from "./retry.js";
import { COLUMN_LIST, COLUMNS, placeholders } from "./task-reads.js";

const INSERT_TASK = `INSERT INTO "Download" (${COLUMN_LIST}) VALUES (${placeholders(COLUMNS)})`;

/** A TaskEvent row as stored: `download` is the task as JSON, times as Prisma writes them. */
export type EventRow = { seq: number; kind: string; downloadId: string; previousStatus: string | null; download: string; at: Date };

/** The writes Prisma is too slow for, whatever the database. */
export interface FastWriter extends EventWriter {
  /** New tasks, in one transaction. */
  insertTasks(tasks: Download[]): Promise<void>;
  deleteTasks(ids: string[], statuses: string[]): Promise<Set<string>>;
}

/** The event log's statements. */
export interface EventWriter {
  insertEvents(rows: EventRow[]): Promise<void>;
  pruneEvents(seq: number): Promise<void>;
  recentEvents(since: Date, limit: number): Promise<EventRow[]>;
  /** The first `limit` events numbered after `seq`, oldest first. */
  eventsAfter(seq: number, limit: number): Promise<EventRow[]>;
}

/** Prisma's format for DateTime in SQLite, which its reads and the listing order expect. */
export const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * The hottest writes, on a connection of their own: new tasks, bulk deletes, the event log.
 * Prisma's query compiler costs about a millisecond a statement, and compiles each statement
 * shape anew (half a second for clearing 10,000 tasks and logging their events), blocking every
 * other request meanwhile; prepared statements take microseconds. Updates stay with Prisma.
 */
export class RawWrites implements FastWriter {
  private readonly db: Database.Database;
  private readonly insertEvent: Database.Statement;
  private readonly insertDownload: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.db.pragma("synchronous = NORMAL"); // per connection; WAL is already on (db.ts)
    this.insertDownload = this.db.prepare(INSERT_TASK);
    this.insertEvent = this.db.prepare(
      `INSERT INTO "TaskEvent" (seq, kind, downloadId, previousStatus, download, at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stores new tasks: what every submission does, so it costs microseconds, not Prisma's milliseconds. */
  async insertTasks(tasks: Download[]): Promise<void> {
    const rows = tasks.map((task) =>
      COLUMNS.map((column) => {
        const value = task[column];
        return value instanceof Date ? stored(value) : typeof value === "boolean" ? Number(value) : value;
      }),
    );
    const insert = this.db.transaction(() => {
      for (const values of rows) this.insertDownload.run(values);
    });
    await withRetries(async () => insert());
  }

  /** Deletes those of `ids` still in one of `statuses`, in one statement; returns which it deleted. */
  async deleteTasks(ids: string[], statuses: string[]): Promise<Set<string>> {
    const sql = `DELETE FROM "Download" WHERE id IN (${placeholders(ids)}) AND status IN (${placeholders(statuses)}) RETURNING id`;
    return new Set(await withRetries(async () => this.db.prepare(sql).pluck().all(...ids, ...statuses) as string[]));
  }

  /** Appends events in one transaction. */
  async insertEvents(rows: EventRow[]): Promise<void> {
    const insert = this.db.transaction(() => {
      for (const e of rows) this.insertEvent.run(e.seq, e.kind, e.downloadId, e.previousStatus, e.download, stored(e.at));
    });
    await withRetries(async () => insert());
  }

  /** Drops events older than `seq`. */
  async pruneEvents(seq: number): Promise<void> {
    await withRetries(async () => this.db.prepare(`DELETE FROM "TaskEvent" WHERE seq < ?`).run(seq));
  }

  /** The newest `limit` events at or after `since`, oldest first. */
  async recentEvents(since: Date, limit: number): Promise<EventRow[]> {
    const rows = this.db
      .prepare(`SELECT seq, kind, downloadId, previousStatus, download, at FROM "TaskEvent" WHERE at >= ? ORDER BY seq DESC LIMIT ?`)
      .all(stored(since), limit) as Array<Omit<EventRow, "at"> & { at: string }>;
    return rows.reverse().map((row) => ({ ...row, seq: Number(row.seq), at: new Date(row.at) }));
  }

  async eventsAfter(seq: number, limit: number): Promise<EventRow[]> {
    const rows = this.db
      .prepare(`SELECT seq, kind, downloadId, previousStatus, download, at FROM "TaskEvent" WHERE seq > ? ORDER BY seq LIMIT ?`)
      .all(seq, limit) as Array<Omit<EventRow, "at"> & { at: string }>;
    return rows.map((row) => ({ ...row, seq: Number(row.seq), at: new Date(row.at) }));
  }

  close(): void {
    this.db.close();
  }
}

/** The same writes on PostgreSQL, over the pool. */
export class PgRawWrites implements FastWriter {
  constructor(private readonly pool: Pool) {}

  /** A statement on the pool, retried while PostgreSQL is briefly away (a restart, a lost connection). */
  private query<R extends object = object>(text: string, values: unknown[]) {
    return withRetries(() => this.pool.query<R>(text, values));
  }

  async insertTasks(tasks: Download[]): Promise<void> {
    const rows = tasks.map((_, i) => `(${COLUMNS.map((_, k) => `$${i * COLUMNS.length + k + 1}`).join(", ")})`).join(", ");
    await this.query(`INSERT INTO "Download" (${COLUMN_LIST}) VALUES ${rows}`, tasks.flatMap((task) => COLUMNS.map((c) => task[c])));
  }

  async deleteTasks(ids: string[], statuses: string[]): Promise<Set<string>> {
    const { rows } = await this.query<{ id: string }>(
      `DELETE FROM "Download" WHERE "id" = ANY($1) AND "status" = ANY($2) RETURNING "id"`,
      [ids, statuses],
    );
    return new Set(rows.map((row) => row.id));
  }

  async insertEvents(rows: EventRow[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((_, i) => `(${[1, 2, 3, 4, 5, 6].map((k) => `$${i * 6 + k}`).join(", ")})`).join(", ");
    await this.query(
      // Instances number events on their own clocks; the rare equal number keeps the first.
      `INSERT INTO "TaskEvent" ("seq", "kind", "downloadId", "previousStatus", "download", "at") VALUES ${values} ON CONFLICT ("seq") DO NOTHING`,
      rows.flatMap((e) => [e.seq, e.kind, e.downloadId, e.previousStatus, e.download, e.at]),
    );
  }

  async pruneEvents(seq: number): Promise<void> {
    await this.query(`DELETE FROM "TaskEvent" WHERE "seq" < $1`, [seq]);
  }

  async recentEvents(since: Date, limit: number): Promise<EventRow[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT "seq", "kind", "downloadId", "previousStatus", "download", "at" FROM "TaskEvent" WHERE "at" >= $1 ORDER BY "seq" DESC LIMIT $2`,
      [since, limit],
    );
    return rows.reverse().map((row) => ({ ...row, seq: Number(row.seq) }));
  }

  async eventsAfter(seq: number, limit: number): Promise<EventRow[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT "seq", "kind", "downloadId", "previousStatus", "download", "at" FROM "TaskEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`,
      [seq, limit],
    );
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }
}
