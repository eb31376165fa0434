import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/** Committed SQL for PostgreSQL, one folder per migration like prisma/migrations (which is SQLite's). */
const MIGRATIONS = fileURLToPath(new URL("../../prisma/migrations-postgresql/", import.meta.url));
/** Any constant: instances starting together take turns applying migrations. */
const MIGRATION_LOCK = 7_432_001;

// Prisma keeps DateTime as UTC in `timestamp(3)` (without time zone): read and write it as UTC.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (text) => new Date(`${text.replace(" ", "T")}Z`));
pg.defaults.parseInputDatesAsUTC = true;

/**
 * Applies the committed migrations not yet applied, in order, each in a transaction, and records
 * each in "_migrations" (prisma migrate deploy does not run with a driver adapter). An advisory
 * lock makes instances that start together apply them once.
 */
export async function migratePostgres(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
    const applied = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_migrations"`)).rows.map((r) => r.name));
    const pending = (await readdir(MIGRATIONS)).sort().filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = await readFile(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_migrations" ("name") VALUES ($1)`, [name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`database migration ${name} failed: ${(error as Error).message}`);
      }
    }
    return pending;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
