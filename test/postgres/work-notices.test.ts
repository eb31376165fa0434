import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDatabase } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../helpers.js";

/**
 * Without Redis, PostgreSQL itself tells idle instances that there is work (LISTEN/NOTIFY, from
 * a trigger): a task added to a busy instance starts on an idle one at once, not at the next
 * lease sweep (every LEASE_MS / 2, here a minute).
 */
let fixture: FixtureServer;
let dataDir: string;
beforeAll(async () => {
  fixture = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-notices-"));
});
afterAll(async () => {
  await fixture?.close();
  await rm(dataDir, { recursive: true, force: true });
});

it("starts a task added to a busy instance on an idle one at once", async () => {
  const env = { DATA_DIR: dataDir, DATABASE_URL: await createDatabase(inject("postgresUrl")), LEASE_MS: "120000", MAX_CONCURRENT_DOWNLOADS: "1", LOG_LEVEL: "info" };
  const instances = [await spawnServerProcess({ ...env, INSTANCE_ID: "a" }, COMPILED), await spawnServerProcess({ ...env, INSTANCE_ID: "b" }, COMPILED)];
  try {
    const [a] = instances.map(({ port }) => `http://127.0.0.1:${port}`);
    const add = async (url: string) => {
      const res = await fetch(`${a}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) });
      return ((await res.json()) as Array<{ id: string }>)[0]!.id;
    };
    const status = async (id: string) => ((await (await fetch(`${a}/api/downloads/${id}`)).json()) as { status: string }).status;
    const slow = await add(fixture.url("/slow/40000/long.mp4?notices"));
    await waitFor(async () => (await status(slow)) === "downloading" || undefined, { what: "the slow task to download" });
    const quick = await add(fixture.url("/clip.mp4?notices"));
    await waitFor(async () => (await status(quick)) === "completed" || undefined, { timeoutMs: 15_000, what: "the second task to complete on the idle instance" });
    expect(await status(slow)).toBe("downloading"); // both ran at once: one on each instance
    const ranOn = (id: string) => instances.findIndex((instance) => instance.output().includes(`"task":"${id}","from":"pending","to":"downloading"`));
    expect(new Set([ranOn(slow), ranOn(quick)])).toEqual(new Set([0, 1]));
  } finally {
    for (const { child } of instances) child.kill("SIGKILL");
  }
});
