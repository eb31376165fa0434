import Database from "better-sqlite3";
import type { Pool } from "pg";
import type { Download } from "../generated/prisma/client.js";
import type { DownloadStatus } from "../domain/task-states.js";
import { ORDER_COLUMNS } from "../domain/order.js";
import { checkedTask } from "../domain/task.js";
import { SQLITE_BUSY_TIMEOUT_MS, withRetries, withTimeout } from "./retry.js";

export type ListFilter = {
  status?: DownloadStatus[];
  downloadType?: string;
  groupId?: string;
  /** Only the tasks a feed queued. */
  feedId?: string;
  newestFirst?: boolean;
  limit?: number;
  offset?: number;
};

/** Listings, whatever the database; async because PostgreSQL answers over a socket. */
export interface TaskReader {
  list(filter: ListFilter): Promise<Download[]>;
  page(filter: ListFilter, request: PageRequest): Promise<Download[]>;
  count(filter: ListFilter): Promise<number>;
  get(id: string): Promise<Download | null>;
  countByStatus(): Promise<Record<string, number>>;
  ping(): Promise<void>;
}

/** A task's place in the listing order: (createdAt, playlistIndex, id), unique. */
export type PageKey = [createdAt: string, playlistIndex: number, id: string];

/** One page by keys: rows after `after` and/or before `before`, `inverted` reads from the far end. */
export type PageRequest = { after?: PageKey; before?: PageKey; limit: number; inverted: boolean };

/** A row's key as SQLite compares it (Prisma stores times as "…+00:00"); PostgreSQL reads the same text as a timestamp. */
export const pageKey = (row: Download): PageKey => [row.createdAt.toISOString().replace("Z", "+00:00"), row.playlistIndex, row.id];

/** Every column, in the order of INSERT's values. */
export const COLUMNS = [
  "id", "url", "title", "thumbnail", "thumbnailPath", "status", "progress", "speedBytes", "etaSeconds",
  "filesize", "downloadedBytes", "formatNote", "isPlaylist", "playlistIndex", "playlistTotal", "groupId",
  "filename", "filepath", "pid", "quality", "downloadType", "errorMessage", "createdAt", "updatedAt",
  "startedAt", "completedAt", "lockedBy", "lockedAt", "options", "presetId", "playlistTitle", "files", "feedId", "sourceKey", "attempt", "nextAttemptAt", "errorKind", "lastError", "priority", "requestedBy",
] as const satisfies ReadonlyArray<keyof Download>;

/** The columns quoted, in order, for SELECT and INSERT. */
export const COLUMN_LIST = COLUMNS.map((c) => `"${c}"`).join(", ");
/** One `?` per value; NULL for none, so `IN (…)` stays valid SQL. */
export const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ") || "NULL";

const SELECT = `SELECT ${COLUMN_LIST} FROM "Download"`;

const date = (value: unknown) => (value === null ? null : new Date(value as string | Date));


/** A row read by column name made a Download, checked against the vocabulary. SQLite gives times as text and booleans as 0/1. */
/** Rows as the drivers give them fastest (arrays), with their columns' names. */
export type Result = { names: string[]; rows: unknown[][] };

const mappers = new Map<string, (r: unknown[]) => Download>();

/** The rows as tasks, mapped by column name (resolved once per column list), checked against the vocabulary. */
export function tasksOf({ names, rows }: Result): Download[] {
  const key = names.join(",");
  let map = mappers.get(key);
  if (!map) mappers.set(key, (map = mapperFor(names)));
  return rows.map(map);
}

/** One object shape for every row, no copies. SQLite gives times as text and booleans as 0/1. */
function mapperFor(names: readonly string[]): (r: unknown[]) => Download {
  const at = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((column) => at[column] < 0);
  if (missing.length) throw new Error(`a task query must return every column; missing ${missing.join(", ")}`);
  return (r) => {
    const task: Record<keyof Download, unknown> = {
      id: r[at.id], url: r[at.url], title: r[at.title], thumbnail: r[at.thumbnail], thumbnailPath: r[at.thumbnailPath],
      status: r[at.status], progress: r[at.progress], speedBytes: r[at.speedBytes], etaSeconds: r[at.etaSeconds],
      filesize: r[at.filesize], downloadedBytes: r[at.downloadedBytes], formatNote: r[at.formatNote],
      isPlaylist: r[at.isPlaylist] === 1 || r[at.isPlaylist] === true, playlistIndex: r[at.playlistIndex],
      playlistTotal: r[at.playlistTotal], groupId: r[at.groupId], filename: r[at.filename], filepath: r[at.filepath],
      pid: r[at.pid], quality: r[at.quality], downloadType: r[at.downloadType], errorMessage: r[at.errorMessage],
      createdAt: new Date(r[at.createdAt] as string), updatedAt: new Date(r[at.updatedAt] as string),
      startedAt: date(r[at.startedAt]), completedAt: date(r[at.completedAt]), lockedBy: r[at.lockedBy], lockedAt: date(r[at.lockedAt]),
      options: r[at.options], presetId: r[at.presetId], playlistTitle: r[at.playlistTitle], files: r[at.files],
      feedId: r[at.feedId], sourceKey: r[at.sourceKey], attempt: r[at.attempt], nextAttemptAt: date(r[at.nextAttemptAt]),
      errorKind: r[at.errorKind], lastError: r[at.lastError], priority: r[at.priority], requestedBy: r[at.requestedBy],
    };
    return checkedTask(task as Download);
  };
}

/**
 * Task listings in SQL both SQLite and PostgreSQL read (quoted names, `?` placeholders), run
 * outside Prisma: its client spends ~30 µs a row mapping results, a third of a second for the
 * 10,000 tasks the REST contract returns at once. Writes stay with Prisma (and RawWrites).
 */
/** How long readiness waits for the database to answer. */
const PING_TIMEOUT_MS = 2000;

abstract class SqlTaskReads implements TaskReader {
  /** Runs a query once; rows come back as arrays, with the columns' names. */
  protected abstract query(sql: string, params: unknown[]): Promise<Result>;
  /** What LIMIT takes for "no limit". */
  protected abstract readonly noLimit: number | null;

  async list(filter: ListFilter): Promise<Download[]> {
    const { where, params } = conditions(filter);
    const sql = `${SELECT}${whereClause(where)} ${orderBy(filter.newestFirst ? "DESC" : "ASC")} LIMIT ? OFFSET ?`;
    return tasksOf(await this.rows(sql, [...params, filter.limit ?? this.noLimit, filter.offset ?? 0]));
  }

  /** Keyset paging in the key's order (newest first reverses it wholly), for connections. */
  async page(filter: ListFilter, request: PageRequest): Promise<Download[]> {
    const { where, params } = conditions(filter);
    const forward = !filter.newestFirst !== request.inverted;
    const key = `(${ORDER_COLUMNS.map((column) => `"${column}"`).join(", ")})`;
    const [afterOp, beforeOp] = filter.newestFirst ? ["<", ">"] : [">", "<"];
    if (request.after) {
      where.push(`${key} ${afterOp} (?, ?, ?)`);
      params.push(...request.after);
    }
    if (request.before) {
      where.push(`${key} ${beforeOp} (?, ?, ?)`);
      params.push(...request.before);
    }
    const direction = forward ? "ASC" : "DESC";
    const sql = `${SELECT}${whereClause(where)} ${orderBy(direction)} LIMIT ?`;
    return tasksOf(await this.rows(sql, [...params, request.limit]));
  }

  async count(filter: ListFilter): Promise<number> {
    const { where, params } = conditions(filter);
    return Number((await this.rows(`SELECT count(*) FROM "Download"${whereClause(where)}`, params)).rows[0]![0]);
  }

  async get(id: string): Promise<Download | null> {
    return tasksOf(await this.rows(`${SELECT} WHERE "id" = ?`, [id]))[0] ?? null;
  }

  async countByStatus(): Promise<Record<string, number>> {
    const { rows } = await this.rows(`SELECT "status", count(*) FROM "Download" GROUP BY "status"`, []);
    return Object.fromEntries(rows.map(([status, count]) => [status, Number(count)]));
  }

  /** Whether the database answers now (readiness): asked once, not retried, within PING_TIMEOUT_MS. */
  async ping(): Promise<void> {
    await withTimeout(this.query("SELECT 1", []), PING_TIMEOUT_MS);
  }

  /** A query, tried again while the database is briefly away (store/retry.ts). */
  private rows(sql: string, params: unknown[]): Promise<Result> {
    return withRetries(() => this.query(sql, params));
  }

}

function conditions(filter: ListFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    where.push(`"status" IN (${placeholders(filter.status)})`);
    params.push(...filter.status);
  }
  if (filter.downloadType) {
    where.push(`"downloadType" = ?`);
    params.push(filter.downloadType);
  }
  if (filter.groupId) {
    where.push(`"groupId" = ?`);
    params.push(filter.groupId);
  }
  if (filter.feedId) {
    where.push(`"feedId" = ?`);
    params.push(filter.feedId);
  }
  return { where, params };
}

/** The one listing order (domain/order.ts), every key in the same direction. */
const orderBy = (direction: "ASC" | "DESC") => `ORDER BY ${ORDER_COLUMNS.map((column) => `"${column}" ${direction}`).join(", ")}`;

const whereClause = (where: string[]) => (where.length ? ` WHERE ${where.join(" AND ")}` : "");

/** Listings from SQLite, on a read-only connection of their own (statements prepared once). */
export class TaskReads extends SqlTaskReads {
  protected readonly noLimit = -1;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    super();
    this.db = new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }

  protected async query(sql: string, params: unknown[]): Promise<Result> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql).raw(true)));
    return { names: columnNames(statement), rows: statement.all(...params) as unknown[][] };
  }

  close(): void {
    this.db.close();
  }
}

/** Listings from PostgreSQL over the pool's connections. */
export class PgTaskReads extends SqlTaskReads {
  protected readonly noLimit = null;

  constructor(private readonly pool: Pool) {
    super();
  }

  protected async query(sql: string, params: unknown[]): Promise<Result> {
    return resultOf(await this.pool.query({ text: numbered(sql), values: params, rowMode: "array" }));
  }
}

/** The column names of a statement that returns rows (SQLite). */
export const columnNames = (statement: Database.Statement) => statement.columns().map((column) => column.name);

/** A pg result read in array mode, with its columns' names. */
export const resultOf = (result: { fields: Array<{ name: string }>; rows: unknown[] }): Result => ({
  names: result.fields.map((field) => field.name),
  rows: result.rows as unknown[][],
});

/** `?` placeholders as PostgreSQL numbers them ($1, $2, ...); the SQL here has no `?` in literals. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
