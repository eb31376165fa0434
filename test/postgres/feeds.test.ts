import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDatabase } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../helpers.js";

/** Three instances on one PostgreSQL and Redis follow one feed: each check runs on one instance at a time, each entry is queued once. */

type Instance = { id: string; child: ChildProcess; base: string; lines: Array<Record<string, unknown>> };

let fixture: FixtureServer;
let dataDir: string;
const instances: Instance[] = [];

beforeAll(async () => {
  fixture = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-feed-instances-"));
});
afterAll(async () => {
  for (const instance of instances) instance.child.kill("SIGKILL");
  await fixture?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const gql = async <T>(on: Instance, query: string, variables: Record<string, unknown> = {}) =>
  Object.values(((await (await fetch(`${on.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, unknown> }).data)[0] as T;

it("three instances, one feed due every 100 ms, 10 rounds of new items: no two checks overlap, every new entry is queued exactly once", async () => {
  const env = { DATA_DIR: dataDir, DATABASE_URL: await createDatabase(inject("postgresUrl")), REDIS_URL: inject("redisUrl"), REDIS_PREFIX: `feeds-${randomUUID()}`, FEED_MINUTE_MS: "20", LOG_LEVEL: "info" };
  for (const id of ["a", "b", "c"]) {
    const { child, port } = await spawnServerProcess({ ...env, INSTANCE_ID: id }, COMPILED);
    const instance: Instance = { id, child, base: `http://127.0.0.1:${port}`, lines: [] };
    child.stdout!.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter((l) => l.startsWith("{"))) instance.lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    instances.push(instance);
  }
  const [a] = instances;
  const source = fixture.feed("instances");
  source.add({ title: "Round 0" });
  const feed = await gql<{ id: string }>(a!, `mutation($url: String!) { addFeed(input: { url: $url, checkEveryMinutes: 5 }) { ... on Feed { id } } }`, { url: source.url });
  for (let round = 1; round <= 10; round++) {
    source.add({ title: `Round ${round}` });
    await waitFor(async () => {
      const entries = await gql<{ entries: { edges: Array<{ node: { title: string; state: string } }> } }>(a!, `query($id: ID!) { feed(id: $id) { entries(first: 50) { edges { node { title state } } } } }`, { id: feed.id });
      return entries.entries.edges.some((edge) => edge.node.title === `Round ${round}` && edge.node.state === "QUEUED");
    }, { what: `round ${round} to be queued` });
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // more checks, with nothing new

  const checks = instances.flatMap((instance) =>
    instance.lines.filter((line) => String(line.msg).startsWith("feed checked")).map((line) => ({ by: instance.id, end: Number(line.time), start: Number(line.time) - Number(line.ms), queued: Number(line.queued) })),
  );
  checks.sort((x, y) => x.start - y.start);
  for (let i = 1; i < checks.length; i++) expect(checks[i]!.start, `check ${i} starts after check ${i - 1} ended`).toBeGreaterThanOrEqual(checks[i - 1]!.end);
  expect(checks.reduce((sum, check) => sum + check.queued, 0)).toBe(10);
  expect(new Set(checks.map((check) => check.by)).size, "more than one instance took its turn").toBeGreaterThan(1);
  const tasks = await gql<Array<{ title: string; feed: { id: string } | null }>>(a!, `{ downloads(limit: 100) { title feed { id } } }`);
  const queued = tasks.filter((task) => task.feed?.id === feed.id).map((task) => task.title).sort();
  expect(queued).toEqual(Array.from({ length: 10 }, (_, i) => `Round ${i + 1}`).sort());
});
