import { spawnSync } from "node:child_process";
import { readdir } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { createDatabase } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { AddDownload, GetDownload } from "../documents.js";
import { ok, startTestServer, waitFor } from "../helpers.js";

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(async () => {
  await fixture?.close();
});

it("keeps tasks and events in PostgreSQL, migrated once, across a restart", async () => {
  const first = await startTestServer();
  const url = first.config.databaseUrl;
  expect(url).toMatch(/^postgresql:\/\//);
  const id = ok((await first.gql(AddDownload, { input: { url: fixture.url("/clip.mp4?pg") } })).addDownload).downloads[0]!.id;
  await waitFor(async () => (await first.gql(GetDownload, { id })).download?.status === "COMPLETED", { what: "the clip to complete" });
  await first.stop();

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT "status", "filesize", "completedAt" FROM "Download" WHERE "id" = $1`, [id]);
    expect(rows).toEqual([{ status: "completed", filesize: 79702, completedAt: expect.any(Date) }]);
    const events = await db.query(`SELECT "kind" FROM "TaskEvent" WHERE "downloadId" = $1 ORDER BY "seq"`, [id]);
    expect(events.rows.map((r) => r.kind)).toEqual(expect.arrayContaining(["added", "status"]));

    const second = await startTestServer({ DATABASE_URL: url }); // applies nothing new, finds the task
    expect((await second.gql(GetDownload, { id })).download).toMatchObject({ status: "COMPLETED", filesize: 79702 });
    await second.stop();
    const committed = (await readdir("prisma/migrations-postgresql")).sort();
    expect((await db.query(`SELECT "name" FROM "_migrations" ORDER BY "name"`)).rows.map((r) => r.name)).toEqual(committed);
  } finally {
    await db.end();
  }
});

/** The tables of the model as a database has them: columns (type, nullability, default) and indexes. */
async function shapeOf(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const tables = ["Download", "TaskEvent"];
    const columns = await db.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_name = ANY($1) ORDER BY table_name, column_name`,
      [tables],
    );
    const indexes = await db.query(`SELECT tablename, indexdef FROM pg_indexes WHERE tablename = ANY($1) ORDER BY tablename, indexname`, [tables]);
    return { columns: columns.rows, indexes: indexes.rows };
  } finally {
    await db.end();
  }
}

it("has committed PostgreSQL migrations that build exactly the model of prisma/schema.prisma (one source)", async () => {
  const [committed, fromModel] = await Promise.all([createDatabase(inject("postgresUrl")), createDatabase(inject("postgresUrl"))]);
  await (await openDatabase(committed)).close(); // applies prisma/migrations-postgresql, as the server does at start
  // prisma/postgres/ holds the same schema and a CLI config for PostgreSQL (scripts/prisma-postgres.ts, run by setup).
  const sql = spawnSync(process.execPath, [
    "node_modules/prisma/build/index.js", "migrate", "diff", "--config", "prisma/postgres/prisma.config.ts", "--script",
    "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma",
  ], { encoding: "utf8", env: { ...process.env, DATABASE_URL: fromModel, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  expect(sql.status, sql.stderr).toBe(0);
  const db = new pg.Client({ connectionString: fromModel });
  await db.connect();
  await db.query(sql.stdout).finally(() => db.end());
  const [want, have] = await Promise.all([shapeOf(fromModel), shapeOf(committed)]);
  expect(want.columns.length).toBeGreaterThan(30);
  expect(have).toEqual(want);
});
