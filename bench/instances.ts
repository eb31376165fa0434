/**
 * Several instances: the 20-page set (as in bench:engine) on one instance and on three sharing a
 * throwaway PostgreSQL and Redis (tasks submitted round-robin), with one SQLite instance for
 * reference; then how long a running task waits for another instance after `kill -9` (lease
 * expiry) and after a graceful stop (handed back at once).
 *
 *   npm run bench:instances [-- --pages 20 --concurrency 3 --lease 10000]
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureMedia } from "../test/fixtures/media.js";
import { createDatabase, startPostgres } from "../test/fixtures/postgres.js";
import { startRedis } from "../test/fixtures/redis.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../test/helpers.js";

const { values: opts } = parseArgs({
  options: { pages: { type: "string", default: "20" }, concurrency: { type: "string", default: "3" }, lease: { type: "string", default: "10000" } },
});
const PAGES = Number(opts.pages);

type Instance = { child: ChildProcess; api: string; starts: Map<string, number> };

/** A server process; `starts` records when it started each task (from its log). */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const { child, port } = await spawnServerProcess({ MAX_CONCURRENT_DOWNLOADS: opts.concurrency!, LOG_LEVEL: "info", ...env }, COMPILED);
  const starts = new Map<string, number>();
  child.stdout!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter((l) => l.startsWith("{"))) {
      const entry = JSON.parse(line) as { task?: string; to?: string; time: number };
      if (entry.task && entry.to === "downloading") starts.set(entry.task, entry.time);
    }
  });
  return { child, api: `http://127.0.0.1:${port}/api/downloads`, starts };
}

const stop = (instance: Instance, signal: NodeJS.Signals = "SIGTERM") =>
  new Promise((resolve) => {
    instance.child.once("exit", resolve);
    instance.child.kill(signal);
  });
const submit = async (on: Instance, url: string) =>
  ((await (await fetch(on.api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) })).json()) as Array<{ id: string }>)[0]!.id;
const tasks = async (on: Instance) => (await (await fetch(on.api)).json()) as Array<{ id: string; status: string; progress: number }>;

const postgres = await startPostgres();
const redis = await startRedis();
await ensureMedia();
const fixture = await startFixtureServer();

/** A deployment of its own: a data folder (the shared volume), and on PostgreSQL a database and a Redis prefix. */
async function deployment(shared: boolean) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-bench-instances-"));
  const env: Record<string, string> = { DATA_DIR: dataDir, LEASE_MS: opts.lease! };
  if (shared) Object.assign(env, { DATABASE_URL: await createDatabase(postgres.url), REDIS_URL: redis.url, REDIS_PREFIX: path.basename(dataDir) });
  return { env, remove: () => rm(dataDir, { recursive: true, force: true }) };
}

async function pages(count: number, shared: boolean) {
  const { env, remove } = await deployment(shared);
  const instances = await Promise.all(Array.from({ length: count }, (_, i) => startInstance({ ...env, INSTANCE_ID: `i${i}` })));
  const started = performance.now();
  for (let i = 0; i < PAGES; i++) await submit(instances[i % count]!, fixture.url(`/page.html?title=${encodeURIComponent(`Bench ${count} ${shared} ${i}`)}`));
  const done = await waitFor(async () => {
    const list = await tasks(instances[0]!);
    return list.every((t) => t.status === "completed" || t.status === "error") ? list : undefined;
  }, { timeoutMs: 600_000, intervalMs: 100, what: "every page to finish" });
  const wall = (performance.now() - started) / 1000;
  const ranOn = instances.map((i) => i.starts.size);
  await Promise.all(instances.map((i) => stop(i)));
  await remove();
  return { wall, failed: done.filter((t) => t.status !== "completed").length, ranOn };
}

/** From stopping the instance running a download to another instance starting it again. */
async function takeover(signal: NodeJS.Signals) {
  const { env, remove } = await deployment(true);
  const a = await startInstance({ ...env, INSTANCE_ID: "a" });
  const id = await submit(a, fixture.url(`/slow/60000/long.mp4?${signal}`));
  await waitFor(async () => ((await tasks(a)).find((t) => t.id === id)?.progress ?? 0) > 5, { what: "the download to be under way" });
  const b = await startInstance({ ...env, INSTANCE_ID: "b" });
  const stoppedAt = Date.now();
  await stop(a, signal);
  await waitFor(() => b.starts.get(id), { timeoutMs: 120_000, intervalMs: 20, what: "b to start the task" });
  const waited = (b.starts.get(id)! - stoppedAt) / 1000;
  await stop(b);
  await remove();
  return waited;
}

const rows = [
  { setup: "1 instance, SQLite", ...(await pages(1, false)) },
  { setup: "1 instance, PostgreSQL + Redis", ...(await pages(1, true)) },
  { setup: "3 instances, PostgreSQL + Redis", ...(await pages(3, true)) },
];
const killed = await takeover("SIGKILL");
const stopped = await takeover("SIGTERM");
await fixture.close();
await redis.stop();
await postgres.stop();

console.log(`${PAGES} og: pages, MAX_CONCURRENT_DOWNLOADS=${opts.concurrency} per instance, ${os.cpus().length} cores`);
console.log("| setup | wall time | pages per second | tasks started per instance | failed |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.setup} | ${r.wall.toFixed(2)} s | ${(PAGES / r.wall).toFixed(2)} | ${r.ranOn.join(" / ")} | ${r.failed} |`);
console.log(`kill -9 to another instance starting the task: ${killed.toFixed(2)} s (LEASE_MS=${opts.lease}: expiry, then the next sweep every LEASE_MS/2)`);
console.log(`graceful stop (SIGTERM) to another instance starting it: ${stopped.toFixed(2)} s`);
