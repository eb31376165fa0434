import { readdir } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
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
