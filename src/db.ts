import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client.js";
import { RawWrites } from "./services/raw-writes.js";
import { TaskReads } from "./services/task-reads.js";

/** The database as the services use it: Prisma for updates, raw connections for listings and the hottest writes. */
export type Store = { prisma: PrismaClient; reads: TaskReads; writes: RawWrites };

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** Applies the committed migrations (prisma migrate deploy), then connects. */
export async function openDatabase(databaseUrl: string): Promise<Store> {
  const file = databaseUrl.replace(/^file:/, "");
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await promisify(execFile)(
    process.execPath,
    [prismaCli, "migrate", "deploy", "--config", path.join(projectRoot, "prisma.config.ts")],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl } },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`database migration failed: ${error.stderr || error.stdout || error.message}`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
  // WAL lets readers (queries) proceed while the engine writes progress; with WAL, synchronous=NORMAL
  // syncs at checkpoints instead of at every commit and still never corrupts the database.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return { prisma, reads: new TaskReads(path.resolve(file)), writes: new RawWrites(path.resolve(file)) };
}
