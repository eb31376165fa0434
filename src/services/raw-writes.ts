import Database from "better-sqlite3";
import type { Download } from "../generated/prisma/client.js";
import { COLUMNS } from "./task-reads.js";

/** A TaskEvent row as stored: `download` is the task as JSON, times as Prisma writes them. */
export type EventRow = { seq: number; kind: string; downloadId: string; previousStatus: string | null; download: string; at: Date };

/** Prisma's format for DateTime in SQLite, which its reads and the listing order expect. */
const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");
const placeholders = (values: unknown[]) => values.map(() => "?").join(", ") || "NULL";

/**
 * The hottest writes, on a connection of their own: new tasks, bulk deletes, the event log.
 * Prisma's query compiler costs about a millisecond a statement, and compiles each statement
 * shape anew (half a second for clearing 10,000 tasks and logging their events), blocking every
 * other request meanwhile; prepared statements take microseconds. Updates stay with Prisma.
 */
export class RawWrites {
  private readonly db: Database.Database;
  private readonly insertEvent: Database.Statement;
  private readonly insertDownload: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true, timeout: 5000 });
    this.db.pragma("synchronous = NORMAL"); // per connection; WAL is already on (db.ts)
    this.insertDownload = this.db.prepare(
      `INSERT INTO "Download" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${placeholders([...COLUMNS])})`,
    );
    this.insertEvent = this.db.prepare(
      `INSERT INTO "TaskEvent" (seq, kind, downloadId, previousStatus, download, at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stores a new task: what every submission does, so it costs microseconds, not Prisma's milliseconds. */
  insertTask(task: Download): void {
    this.insertDownload.run(
      COLUMNS.map((column) => {
        const value = task[column];
        return value instanceof Date ? stored(value) : typeof value === "boolean" ? Number(value) : value;
      }),
    );
  }

  /** Deletes those of `ids` still in one of `statuses`, in one statement; returns which it deleted. */
  deleteTasks(ids: string[], statuses: string[]): Set<string> {
    const sql = `DELETE FROM "Download" WHERE id IN (${placeholders(ids)}) AND status IN (${placeholders(statuses)}) RETURNING id`;
    return new Set((this.db.prepare(sql).pluck().all(...ids, ...statuses) as string[]));
  }

  /** Appends events in one transaction. */
  insertEvents(rows: EventRow[]): void {
    this.db.transaction(() => {
      for (const e of rows) this.insertEvent.run(e.seq, e.kind, e.downloadId, e.previousStatus, e.download, stored(e.at));
    })();
  }

  /** Drops events older than `seq`. */
  pruneEvents(seq: number): void {
    this.db.prepare(`DELETE FROM "TaskEvent" WHERE seq < ?`).run(seq);
  }

  /** The newest `limit` events at or after `since`, oldest first. */
  recentEvents(since: Date, limit: number): EventRow[] {
    const rows = this.db
      .prepare(`SELECT seq, kind, downloadId, previousStatus, download, at FROM "TaskEvent" WHERE at >= ? ORDER BY seq DESC LIMIT ?`)
      .all(stored(since), limit) as Array<Omit<EventRow, "at"> & { at: string }>;
    return rows.reverse().map((row) => ({ ...row, seq: Number(row.seq), at: new Date(row.at) }));
  }

  close(): void {
    this.db.close();
  }
}
