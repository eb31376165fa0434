import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { checkedResult, type Download } from "../domain/task.js";
import { PrismaClient, type Download as DownloadModel } from "../generated/prisma/client.js";
import { PgRawWrites, RawWrites, type EventWriter } from "./raw-writes.js";
import { SQLITE_BUSY_TIMEOUT_MS, withRetries, withTimeout } from "./retry.js";
import { PgTaskReads, TaskReads } from "./task-reads.js";
import { PgClaims, SqliteClaims } from "./claims.js";
import { TaskStore } from "./tasks.js";
import { PresetStore } from "./presets.js";
import { FeedStore } from "./feeds.js";
import { SettingStore } from "./settings.js";
import { NotifierStore } from "./notifiers.js";

/** The database: every statement on the task and preset tables, and the event log's. */
export type Store = {
  tasks: TaskStore;
  presets: PresetStore;
  feeds: FeedStore;
  settings: SettingStore;
  notifiers: NotifierStore;
  events: EventWriter;
  /** Whether several instances may share the database (PostgreSQL), so tasks are claimed with leases. */
  shared: boolean;
  /** Shared: calls `listener` when some instance made a task claimable (PostgreSQL's LISTEN/NOTIFY). */
  onWork?(listener: () => void): () => void;
  close(): Promise<void>;
};

/** The domain's task type and Prisma's model are the same shape: a column added to one and not the other fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Download, DownloadModel> = true;
void sameShape;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/**
 * Every Prisma statement under the one retry policy (store/retry.ts): a held SQLite lock or a
 * PostgreSQL restart delays a write instead of failing it. Each attempt gets STATEMENT_TIMEOUT_MS:
 * after a commit that failed for lack of space, Prisma 6.19's SQLite adapter keeps its transaction
 * lock and every later statement would wait forever. The model API is unchanged.
 */
function retrying(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      $allOperations: ({ args, query }) => withRetries(() => withTimeout(query(args), STATEMENT_TIMEOUT_MS)),
      // Every task read is checked against the vocabulary (a bad status is an error, never a silent video).
      download: { $allOperations: async ({ args, query }) => checkedResult(await query(args)) },
    },
  }) as unknown as PrismaClient;
}

/** Longer than any statement of ours takes (a 500-row insert is milliseconds), short enough to stop in time. */
const STATEMENT_TIMEOUT_MS = 10_000;

/** Applies the committed migrations, then connects: SQLite (file:…) or PostgreSQL (postgresql://…). */
export async function openDatabase(databaseUrl: string, { migrate = true } = {}): Promise<Store> {
  return databaseUrl.startsWith("file:") ? openSqlite(databaseUrl, migrate) : openPostgres(databaseUrl);
}

async function openSqlite(databaseUrl: string, migrate: boolean): Promise<Store> {
  const file = databaseUrl.replace(/^file:/, "");
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (migrate) {
    await promisify(execFile)(
      process.execPath,
      [prismaCli, "migrate", "deploy", "--config", path.join(projectRoot, "prisma.config.ts")],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl } },
    ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`database migration failed: ${error.stderr || error.stdout || error.message}`);
    });
  }
  const prisma = retrying(new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS }) }));
  // WAL lets readers (queries) proceed while the engine writes progress; with WAL, synchronous=NORMAL
  // syncs at checkpoints instead of at every commit and still never corrupts the database.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  const reads = new TaskReads(path.resolve(file));
  const writes = new RawWrites(path.resolve(file));
  const claims = new SqliteClaims(path.resolve(file));
  return {
    tasks: new TaskStore(prisma, reads, writes, claims),
    presets: new PresetStore(prisma),
    feeds: new FeedStore(prisma),
    settings: new SettingStore(prisma),
    notifiers: new NotifierStore(prisma),
    events: writes,
    shared: false,
    async close() {
      await prisma.$disconnect();
      reads.close();
      writes.close();
      claims.close();
    },
  };
}

/**
 * PostgreSQL through Prisma's pg adapter, with a client generated from the same schema
 * (scripts/prisma-postgres.ts); migrations from prisma/migrations-postgresql. The driver, the
 * adapter and the client are loaded only here, so a SQLite server never holds them in memory.
 */
async function openPostgres(databaseUrl: string): Promise<Store> {
  const [{ default: pg }, { PrismaPg }, { migratePostgres }, { PrismaClient: PgPrismaClient }, { WorkNotices }] = await Promise.all([
    import("pg"),
    import("@prisma/adapter-pg"),
    import("./postgres-migrations.js"),
    import("../generated/prisma-pg/client.js"),
    import("./work-notices.js"),
  ]);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
  // An idle connection dropped by a PostgreSQL restart: the pool replaces it; the statements that need one are retried.
  pool.on("error", () => undefined);
  await migratePostgres(pool).catch(async (error: Error) => {
    await pool.end();
    throw new Error(`database: ${error.message}`);
  });
  // The same models from the same schema: only the SQL dialect differs.
  const prisma = retrying(new PgPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient);
  const writes = new PgRawWrites(pool);
  const work = new WorkNotices(databaseUrl);
  return {
    tasks: new TaskStore(prisma, new PgTaskReads(pool), writes, new PgClaims(pool)),
    presets: new PresetStore(prisma),
    feeds: new FeedStore(prisma),
    settings: new SettingStore(prisma),
    notifiers: new NotifierStore(prisma),
    events: writes,
    shared: true,
    onWork: (listener) => work.onWork(listener),
    async close() {
      await work.stop();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
