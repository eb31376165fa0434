import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, inject, it } from "vitest";
import { createDatabase } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../helpers.js";

type Task = { id: string; url: string; status: string; progress: number };
type Instance = { id: string; child: ChildProcess; base: string; lines: Array<Record<string, unknown>> };

let fixture: FixtureServer;
let dataDir: string;
let databaseUrl: string;
const running: Instance[] = [];

beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(async () => {
  await fixture?.close();
});
afterEach(async () => {
  for (const instance of running.splice(0)) instance.child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

/** Several instances share one database and one download folder (the shared volume of a real setup). */
async function setUp() {
  databaseUrl = await createDatabase(inject("postgresUrl"));
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-instances-"));
}

async function startInstance(id: string): Promise<Instance> {
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, INSTANCE_ID: id, LEASE_MS: "3000", MAX_CONCURRENT_DOWNLOADS: "2", LOG_LEVEL: "info" };
  const { child, port } = await spawnServerProcess(env, COMPILED);
  const instance: Instance = { id, child, base: `http://127.0.0.1:${port}`, lines: [] };
  child.stdout!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter((l) => l.startsWith("{"))) instance.lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  running.push(instance);
  return instance;
}

const submit = (on: Instance, url: string) =>
  fetch(`${on.base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) })
    .then((r) => r.json() as Promise<Task[]>)
    .then((tasks) => tasks[0]!);
const tasks = async (on: Instance) => (await (await fetch(`${on.base}/api/downloads`)).json()) as Task[];
/** Which instance started a task, each time one did: from their logs (one line per transition). */
const starts = (instances: Instance[], taskId: string) =>
  instances.flatMap((i) => i.lines.filter((l) => l.task === taskId && l.to === "downloading").map(() => i.id));

it("runs each of 60 tasks exactly once across three instances, one file each", async () => {
  await setUp();
  const instances = await Promise.all(["a", "b", "c"].map(startInstance));
  const submitted: Task[] = [];
  for (let i = 0; i < 60; i++) submitted.push(await submit(instances[i % 3]!, fixture.url(`/clip.mp4?multi=${i}`)));
  await waitFor(async () => (await tasks(instances[0]!)).every((t) => t.status === "completed"), { timeoutMs: 120_000, what: "every task to complete" });
  const all = await tasks(instances[1]!);
  expect(all).toHaveLength(60);
  for (const task of submitted) expect(starts(instances, task.id)).toHaveLength(1);
  const ranOn = new Set(submitted.map((t) => starts(instances, t.id)[0]));
  expect(ranOn.size).toBeGreaterThan(1); // shared out, not all on one
  const files = await readdir(path.join(dataDir, "downloads"));
  for (const task of submitted) expect(files.filter((f) => f.includes(task.id))).toHaveLength(1);
});

it("takes over a killed instance's task once its lease expires, resuming from the partial file", async () => {
  await setUp();
  const a = await startInstance("a");
  const route = "/slow/60000/long.mp4?takeover";
  const task = await submit(a, fixture.url(route));
  await waitFor(async () => ((await tasks(a)).find((t) => t.id === task.id)?.progress ?? 0) > 10, { what: "the download to be under way on a" });
  const b = await startInstance("b");
  a.child.kill("SIGKILL");
  const done = await waitFor(async () => (await tasks(b)).find((t) => t.id === task.id && ["completed", "error"].includes(t.status)), { timeoutMs: 60_000, what: "b to finish the task" });
  expect(done.status).toBe("completed");
  expect(starts([a, b], task.id)).toEqual(["a", "b"]);
  const resumed = fixture.requests.filter((r) => r.path === route && r.range && !r.range.startsWith("bytes=0-"));
  expect(resumed.length).toBeGreaterThan(0);
  const files = (await readdir(path.join(dataDir, "downloads"))).filter((f) => f.includes(task.id));
  expect(files).toHaveLength(1); // the finished file, no partial left
});
