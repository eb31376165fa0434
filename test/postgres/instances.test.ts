import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, expect, inject, it } from "vitest";
import { createDatabase } from "../fixtures/postgres.js";
import { startRedis, type RedisServer } from "../fixtures/redis.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { COMPILED, figure, processesInGroup, spawnServerProcess, waitFor } from "../helpers.js";

type Task = { id: string; url: string; status: string; progress: number };
type Instance = { id: string; child: ChildProcess; base: string; lines: Array<Record<string, unknown>> };

let fixture: FixtureServer;
let dataDir: string;
let databaseUrl: string;
let redisPrefix: string;
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

/**
 * Several instances share one database, one Redis and one download folder (the shared volume of a
 * real setup); each test is a deployment of its own (its database, its Redis prefix).
 */
async function setUp() {
  databaseUrl = await createDatabase(inject("postgresUrl"));
  redisPrefix = `instances-${randomUUID()}`;
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-instances-"));
}

async function startInstance(id: string, more: Record<string, string> = {}): Promise<Instance> {
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: inject("redisUrl"),
    REDIS_PREFIX: redisPrefix,
    INSTANCE_ID: id,
    LEASE_MS: "3000",
    MAX_CONCURRENT_DOWNLOADS: "2",
    LOG_LEVEL: "info",
    ...more,
  };
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
const gql = async (on: Instance, query: string, variables: Record<string, unknown>) =>
  ((await (await fetch(`${on.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, unknown> }).data;

/** The task's row as the database has it: which instance holds it and the process group it runs in. */
async function rowOf(taskId: string): Promise<{ status: string; lockedBy: string | null; pid: number | null } | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT status, "lockedBy", pid FROM "Download" WHERE id = $1', [taskId])).rows[0];
  } finally {
    await client.end();
  }
}

type Event = { __typename: string; cursor: string; previousStatus?: string; download: { id: string; status: string; progress: number } };
/** An event's place in the one order of all instances (its cursor is "event:<seq>" in base64url). */
const seqOf = (event: Event) => BigInt(Buffer.from(event.cursor, "base64url").toString().split(":")[1]!);

/** Every event of `downloadEvents` (from `after`, a cursor, if given) on an instance, over a real WebSocket, until `until` holds. */
function watch(on: Instance, until: (events: Event[]) => boolean, after?: string): Promise<Event[]> {
  const client = createClient({ url: `${on.base.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  const query = `subscription ($after: String) { downloadEvents(after: $after) { __typename cursor download { id status progress } ... on DownloadStatusChanged { previousStatus } } }`;
  const events: Event[] = [];
  return new Promise<Event[]>((resolve, reject) => {
    client.subscribe<{ downloadEvents: Event }>({ query, variables: { after } }, {
      next: ({ data }) => {
        events.push(data!.downloadEvents);
        if (until(events)) resolve(events);
      },
      error: reject,
      complete: () => reject(new Error("the subscription ended")),
    });
  }).finally(() => client.dispose());
}

/** Which instance started a task, each time one did: from their logs (one line per transition). */
const starts = (instances: Instance[], taskId: string) =>
  instances.flatMap((i) => i.lines.filter((l) => l.task === taskId && l.to === "downloading").map(() => i.id));

it("runs each of 60 tasks exactly once across three instances, one file each", async () => {
  await setUp();
  const instances = await Promise.all(["a", "b", "c"].map((id) => startInstance(id)));
  const submitted: Task[] = [];
  for (let i = 0; i < 60; i++) submitted.push(await submit(instances[i % 3]!, fixture.url(`/clip.mp4?multi=${i}`)));
  await waitFor(async () => (await tasks(instances[0]!)).every((t) => t.status === "completed"), { timeoutMs: 120_000, what: "every task to complete" });
  const all = await tasks(instances[1]!);
  expect(all).toHaveLength(60);
  // One claim statement took each task: 60 claims over the three instances, no task claimed twice.
  const claims = await Promise.all(instances.map(async (i) => Number(/^mds_task_claims_total\S* (\d+)$/m.exec(await (await fetch(`${i.base}/metrics`)).text())![1])));
  expect(claims.reduce((a, b) => a + b, 0)).toBe(60);
  for (const task of submitted) expect(starts(instances, task.id)).toHaveLength(1);
  // And as the fixture saw it: every task's URL fetched the same number of times (a second run would double it).
  const fetches = submitted.map((_, i) => fixture.requests.filter((r) => r.path === `/clip.mp4?multi=${i}`).length);
  expect(new Set(fetches).size).toBe(1);
  expect(fetches[0]).toBeGreaterThan(0);
  const ranOn = new Set(submitted.map((t) => starts(instances, t.id)[0]));
  expect(ranOn.size).toBeGreaterThan(1); // shared out, not all on one
  const files = await readdir(path.join(dataDir, "downloads"));
  for (const task of submitted) expect(files.filter((f) => f.includes(task.id))).toHaveLength(1);
  // Every instance serves every finished file from the shared folder, whichever ran the task.
  const ranOnA = submitted.find((t) => starts(instances, t.id)[0] === "a")!;
  const size = ((await tasks(instances[0]!)).find((t) => t.id === ranOnA.id) as Task & { filesize: number }).filesize;
  for (const on of instances) {
    const file = await fetch(`${on.base}/api/downloads/${ranOnA.id}/file`);
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBe(size);
  }
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

it("cancels, through instance b, a task running on a: a's processes are gone when b answers", async () => {
  await setUp();
  const a = await startInstance("a");
  const task = await submit(a, fixture.url("/slow/40000/long.mp4?cancel-through-b"));
  const running = await waitFor(async () => {
    const row = await rowOf(task.id);
    return row?.lockedBy === "a" && row.pid ? row : undefined;
  }, { what: "a to run the task" });
  const b = await startInstance("b"); // started after a claimed the task, so only a can run it
  expect(await processesInGroup(running.pid!)).not.toEqual([]);

  const { cancelDownload } = await gql(b, `mutation ($id: ID!) { cancelDownload(id: $id) { __typename ... on Download { status } } }`, { id: task.id });
  expect(cancelDownload).toEqual({ __typename: "Download", status: "CANCELLED" });
  expect(await processesInGroup(running.pid!)).toEqual([]);
  expect(await rowOf(task.id)).toMatchObject({ status: "cancelled", lockedBy: null, pid: null });
  expect((await readdir(path.join(dataDir, "downloads"))).filter((f) => f.includes(task.id))).toEqual([]);
});

it("shows a subscriber on c the progress and completion of tasks running on a and b, in one order everywhere, with no gap", async () => {
  await setUp();
  // One download at a time each, and progress reaching the database only with status changes, so
  // c's reads can show it only from events. c is kept busy, so the watched tasks run on a and b.
  const env = { DB_WRITE_INTERVAL_MS: "60000", MAX_CONCURRENT_DOWNLOADS: "1" };
  const c = await startInstance("c", env);
  const blocker = await submit(c, fixture.url("/slow/20000/long.mp4?blocker"));
  await waitFor(async () => (await rowOf(blocker.id))?.lockedBy === "c", { what: "c to run the blocker" });
  const [a, b] = await Promise.all([startInstance("a", env), startInstance("b", env)]);
  const ids: string[] = [];
  const bothDone = (events: Event[]) => ids.length === 2 && ids.every((id) => events.some((e) => e.download.id === id && e.download.status === "COMPLETED"));
  const onC = watch(c, bothDone);
  const onA = watch(a, bothDone);
  const subscribed = async (on: Instance) => /^mds_subscribers\S* 1$/m.test(await (await fetch(`${on.base}/metrics`)).text());
  await waitFor(async () => (await subscribed(a)) && (await subscribed(c)), { what: "the subscriptions to start" });
  ids.push((await submit(a, fixture.url("/slow/120000/long.mp4?first"))).id);
  await waitFor(async () => (await rowOf(ids[0]!))?.lockedBy, { what: "the first task to start" });
  ids.push((await submit(b, fixture.url("/slow/120000/long.mp4?second"))).id);

  const readOnC = await waitFor(async () => {
    const { download } = (await gql(c, `query ($id: ID!) { download(id: $id) { status progress } }`, { id: ids[0] })) as { download: { status: string; progress: number } };
    return download.status === "DOWNLOADING" && download.progress > 0 ? download : undefined;
  }, { what: "c to read the first task with its progress" });
  expect(readOnC.progress).toBeGreaterThan(0);
  expect((await rowOf(ids[0]!))!.status).toBe("downloading");

  const [seenOnC, seenOnA] = await Promise.all([onC, onA]);
  const ranOn = ids.map((id) => starts([a, b, c], id));
  expect(ranOn.map((on) => on.length)).toEqual([1, 1]);
  expect(new Set(ranOn.flat())).toEqual(new Set(["a", "b"])); // one on each, none on c
  // a's snapshot at subscribe time covers the task running on c.
  expect(seenOnA[0]).toMatchObject({ __typename: "DownloadSnapshot", download: { id: blocker.id, status: "DOWNLOADING" } });
  const watched = (events: Event[]) => events.filter((e) => ids.includes(e.download.id));
  const cursors = watched(seenOnC).map(seqOf);
  expect(cursors.every((cursor, i) => i === 0 || cursor > cursors[i - 1]!)).toBe(true);
  for (const id of ids) {
    const events = seenOnC.filter((e) => e.download.id === id);
    expect(events[0]!.__typename).toBe("DownloadAdded");
    let status = events[0]!.download.status;
    for (const event of events.filter((e) => e.__typename === "DownloadStatusChanged")) {
      expect(event.previousStatus).toBe(status); // each change follows the one before: none missing
      status = event.download.status;
    }
    expect(status).toBe("COMPLETED");
    const progress = events.map((e) => e.download.progress);
    expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
  }
  const line = (e: Event) => `${e.cursor} ${e.__typename} ${e.download.id} ${e.download.status} ${e.download.progress}`;
  expect(watched(seenOnC).map(line)).toEqual(watched(seenOnA).map(line)); // the same events in the same order on every instance

  // A cursor from c resumes on b: the same changes after it, with the same cursors.
  const from = watched(seenOnC)[0]!;
  const replayOnB = await watch(b, bothDone, from.cursor);
  const changes = (events: Event[]) => watched(events).filter((e) => e.__typename !== "DownloadProgressed" && seqOf(e) > seqOf(from)).map(line);
  expect(changes(replayOnB)).toEqual(changes(seenOnC));
});

it("hands a stopping instance's tasks to another at once, long before their lease would expire", async () => {
  await setUp();
  const env = { LEASE_MS: "600000" };
  const a = await startInstance("a", env);
  const route = "/slow/120000/long.mp4?handover";
  const task = await submit(a, fixture.url(route));
  await waitFor(async () => ((await tasks(a)).find((t) => t.id === task.id)?.progress ?? 0) > 10, { what: "the download to be under way on a" });
  const b = await startInstance("b", env);
  const exited = new Promise((resolve) => a.child.once("exit", resolve));
  a.child.kill("SIGTERM");
  await exited;
  const done = await waitFor(async () => (await tasks(b)).find((t) => t.id === task.id && ["completed", "error"].includes(t.status)), { timeoutMs: 60_000, what: "b to finish the task" });
  expect(done.status).toBe("completed");
  expect(starts([a, b], task.id)).toEqual(["a", "b"]);
  expect(fixture.requests.some((r) => r.path === route && r.range && !r.range.startsWith("bytes=0-"))).toBe(true);
});

it("takes back its own running tasks at once when restarted with the same INSTANCE_ID, long before their lease would expire", async () => {
  await setUp();
  const env = { LEASE_MS: "600000" };
  const a = await startInstance("a", env);
  const route = "/slow/100000/long.mp4?restart-same-id";
  const task = await submit(a, fixture.url(route));
  await waitFor(async () => ((await tasks(a)).find((t) => t.id === task.id)?.progress ?? 0) > 10, { what: "the download to be under way on a" });
  a.child.kill("SIGKILL");
  await new Promise((resolve) => a.child.once("exit", resolve));
  const again = await startInstance("a", env);
  const done = await waitFor(async () => (await tasks(again)).find((t) => t.id === task.id && ["completed", "error"].includes(t.status)), { timeoutMs: 60_000, what: "the task to finish" });
  expect(done.status).toBe("completed");
  expect(starts([a, again], task.id)).toEqual(["a", "a"]);
  expect(fixture.requests.some((r) => r.path === route && r.range && !r.range.startsWith("bytes=0-"))).toBe(true); // resumed, not restarted
});

it("rides through a Redis outage: a's subscriber keeps getting its own task's events, and what happened meanwhile reaches every subscriber", async () => {
  await setUp();
  let redis: RedisServer | undefined = await startRedis();
  const port = redis.port;
  try {
    const env = { REDIS_URL: redis.url, MAX_CONCURRENT_DOWNLOADS: "3" };
    const a = await startInstance("a", env);
    const long = (await submit(a, fixture.url("/slow/15000/long.mp4?redis-outage"))).id; // about 30 s
    await waitFor(async () => (await rowOf(long))?.lockedBy === "a", { what: "a to run the long task" });
    const b = await startInstance("b", env);
    const short: string[] = [];
    const seen: Record<string, Event[]> = {};
    const streams = [a, b].map((on) =>
      watch(on, (events) => {
        seen[on.id] = events;
        return short.length === 2 && [long, ...short].every((id) => events.some((e) => e.download.id === id && e.download.status === "COMPLETED"));
      }),
    );
    for (const stream of streams) stream.catch(() => undefined); // awaited below; a failure before then is not unhandled
    const onA = () => seen.a ?? [];
    await waitFor(() => onA().some((e) => e.download.id === long && e.download.status === "DOWNLOADING"), { what: "a's subscriber to see the long task run" });

    await redis.stop();
    redis = undefined;
    const downAt = Date.now();
    const before = onA().length;
    short.push((await submit(a, fixture.url("/clip.mp4?during-outage"))).id); // added with Redis away
    // a's own change reaches a's subscriber at once; the task may run on b (PostgreSQL wakes it), whose events come once Redis is back (checked below).
    await waitFor(() => onA().some((e) => e.download.id === short[0] && e.__typename === "DownloadAdded"), { what: "a's subscriber to see the task added during the outage" });
    await waitFor(() => onA().slice(before).filter((e) => e.download.id === long && e.__typename === "DownloadProgressed").length >= 3, { timeoutMs: 15_000, what: "the long task's progress during the outage" });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, downAt + 15_000 - Date.now())));
    redis = await startRedis(port);
    const backAt = performance.now();
    short.push((await submit(b, fixture.url("/clip.mp4?while-reconnecting"))).id); // within the reconnect

    // Both short tasks' whole lives, and the long one's end, reach both subscribers, whose streams never ended (watch rejects if one does).
    const completed = (on: string, id: string) => (seen[on] ?? []).some((e) => e.download.id === id && e.download.status === "COMPLETED");
    await waitFor(() => ["a", "b"].every((on) => short.every((id) => completed(on, id))), { what: "both short tasks' completion on both subscribers" });
    figure("Redis away 15 s: back -> both short tasks' completion on both subscribers", performance.now() - backAt);
    for (const events of await Promise.all(streams)) {
      for (const id of short) {
        const statuses = events.filter((e) => e.download.id === id && e.__typename === "DownloadStatusChanged").map((e) => e.download.status);
        // A late copy of an older state is dropped (the bus never shows a task going backwards): the
        // instance that ran a task added elsewhere during the outage may have shown it running before
        // the "added" arrived. Otherwise each stream sees the task added first.
        const first = events.find((e) => e.download.id === id)!;
        expect(first.__typename === "DownloadAdded" || first.download.status !== "PENDING").toBe(true);
        expect(statuses).toContain("DOWNLOADING");
        expect(statuses.at(-1)).toBe("COMPLETED");
      }
    }
    expect([a.child.exitCode, b.child.exitCode]).toEqual([null, null]);
  } finally {
    await redis?.stop();
  }
});
