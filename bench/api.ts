/**
 * API benchmark at 10,000 tasks: starts the real server as a process, stores 10,000 finished
 * tasks, then prints p50/p99 of `GET /api/downloads` (all of them, the contract; each after a
 * change, and with nothing changed), GraphQL
 * `downloads(limit: 100)`, 500 concurrent `POST /api/downloads`, the time `clearDownloads` takes
 * over 10,000 tasks with the slowest read meanwhile, and the server's idle RSS.
 *
 *   npm run bench:api [-- --tasks 10000]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { COMPILED, spawnServerProcess } from "../test/helpers.js";
import { fillTasks } from "./fill.js";

const { values: opts } = parseArgs({ options: { tasks: { type: "string", default: "10000" } } });
const TASKS = Number(opts.tasks);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
/** RSS after 30 s without requests: V8's memory reducer gives back what the reads grew after ~15 s. */
async function idleRssMiB(pid: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  return rssMiB(pid);
}

/** The floor for the POST figure: a bare node:http server answering the same 500 concurrent POSTs from this client. */
async function barePostFloor(): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume().on("end", () => res.writeHead(201, { "content-type": "application/json" }).end("[]"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: barePort } = server.address() as AddressInfo;
  const times = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      timed(() => fetch(`http://127.0.0.1:${barePort}/`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: `/bare/${i}` }) }).then((r) => r.json())),
    ),
  );
  await new Promise((resolve) => server.close(resolve));
  return times;
}

/** A site in its own process that answers 404 to everything. */
async function notFoundSite(): Promise<{ url: string; stop(): void }> {
  const site = spawn(process.execPath, ["-e", `require("node:http").createServer((q, s) => s.writeHead(404).end()).listen(0, "127.0.0.1", function () { console.log(this.address().port); })`], { stdio: ["ignore", "pipe", "inherit"] });
  const [port] = (await once(site.stdout!, "data")) as [Buffer];
  return { url: `http://127.0.0.1:${port.toString().trim()}`, stop: () => site.kill() };
}

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-bench-api-"));
// The per-minute task budget would refuse most of the rounds of 500 POSTs below.
const { child, port } = await spawnServerProcess({ DATA_DIR: dataDir, MAX_TASKS_PER_MINUTE: "100000" }, COMPILED);
const base = `http://127.0.0.1:${port}`;

await fillTasks(dataDir, TASKS);

const graphqlRequest = (query: string) =>
  fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then((r) => r.json());

const rows: string[] = [];
// Each read after a change (a task removed), so the listing is built anew every time; then the
// same reads with nothing changed in between, answered from the listing cache.
// 200 reads each, so that p99 is not simply the slowest one (the client's own garbage collection shows there).
const LISTINGS = 200;
const removable = ((await graphqlRequest(`{ downloads(limit: ${LISTINGS}) { id } }`)) as { data: { downloads: Array<{ id: string }> } }).data.downloads;
// The first read after start reads every task (the listing kept in memory is built from it); each change after costs one task's read.
const firstRead = await timed(() => fetch(`${base}/api/downloads`).then((r) => r.json()));
rows.push(`| GET /api/downloads (${TASKS} tasks), the first read after start | ${ms(firstRead)} | |`);
const listAfterChange: number[] = [];
for (const { id } of removable) {
  await graphqlRequest(`mutation { removeDownload(id: "${id}") { __typename } }`);
  listAfterChange.push(await timed(() => fetch(`${base}/api/downloads`).then((r) => r.json())));
}
rows.push(`| GET /api/downloads (${TASKS} tasks), ${LISTINGS} in a row, each after a change (slowest ${ms(Math.max(...listAfterChange))}) | ${ms(percentile(listAfterChange, 50))} | ${ms(percentile(listAfterChange, 99))} |`);
const listUnchanged: number[] = [];
for (let i = 0; i < LISTINGS; i++) listUnchanged.push(await timed(() => fetch(`${base}/api/downloads`).then((r) => r.json())));
rows.push(`| GET /api/downloads, ${LISTINGS} in a row, nothing changed (slowest ${ms(Math.max(...listUnchanged))}) | ${ms(percentile(listUnchanged, 50))} | ${ms(percentile(listUnchanged, 99))} |`);

const page: number[] = [];
for (let i = 0; i < 300; i++) page.push(await timed(() => graphqlRequest(`{ downloads(limit: 100, order: NEWEST_FIRST) { id title status progress speed eta filename } }`)));
rows.push(`| GraphQL downloads(limit: 100), 300 in a row | ${ms(percentile(page, 50))} | ${ms(percentile(page, 99))} |`);

const afterReadsRss = rssMiB(child.pid!);
const idleRss = await idleRssMiB(child.pid!);

// Reads go on while clearDownloads deletes every task; the slowest shows how long they waited.
let clearing = true;
const reads: number[] = [];
const reader = (async () => {
  while (clearing) reads.push(await timed(() => fetch(`${base}/api/downloads?limit=20`).then((r) => r.json())));
})();
const clear = await timed(() => graphqlRequest(`mutation { clearDownloads(status: [COMPLETED]) { ... on ClearDownloadsPayload { count } } }`));
clearing = false;
await reader;

// 500 submissions at once, again over TASKS stored tasks, in ROUNDS rounds, each followed by the
// same 500 to a bare server; the medians of their p99s are compared. The URLs point at a site that
// answers 404 (so the tasks fail fast and the engine works throughout), in a process of its own:
// the client must do the same work here as against the bare server, not also answer the engine.
await fillTasks(dataDir, TASKS);
const missing = await notFoundSite();
const ROUNDS = 5;
const ours: number[][] = [];
let refused = 0;
const bare: number[][] = [];
for (let round = 0; round < ROUNDS; round++) {
  ours.push(
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        timed(async () => {
          const res = await fetch(`${base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: `${missing.url}/missing.mp4?r=${round}&n=${i}` }) });
          if (res.status !== 201) refused += 1;
          await res.json();
        }),
      ),
    ),
  );
  bare.push(await barePostFloor());
}
const median = (values: number[]) => percentile(values, 50);
const oursP99 = median(ours.map((times) => percentile(times, 99)));
const bareP99 = median(bare.map((times) => percentile(times, 99)));
rows.push(`| 500 concurrent POST /api/downloads (median of ${ROUNDS} rounds) | ${ms(median(ours.map((times) => percentile(times, 50))))} | ${ms(oursP99)} |`);
rows.push(`| the same 500 POSTs to a bare node:http server, between those rounds (the floor here) | ${ms(median(bare.map((times) => percentile(times, 50))))} | ${ms(bareP99)} |`);
const stored = ((await graphqlRequest(`{ downloads(limit: 10000, status: [PENDING, DOWNLOADING, ERROR]) { url } }`)) as { data: { downloads: Array<{ url: string }> } }).data.downloads;
const distinct = new Set(stored.map((d) => d.url)).size;

console.log(`| measure (${TASKS} tasks stored) | p50 | p99 |`);
console.log("|---|---|---|");
for (const row of rows) console.log(row);
console.log(`\nPOST p99 / bare p99: ${(oursP99 / bareP99).toFixed(2)} (each round's: ${ours.map((times, i) => (percentile(times, 99) / percentile(bare[i]!, 99)).toFixed(2)).join(", ")})`);
console.log(`${ROUNDS * 500} posts: ${refused} refused; ${distinct} distinct tasks stored (${stored.length} rows)`);
console.log(`clearDownloads over ${TASKS} completed tasks: ${ms(clear)}; ${reads.length} concurrent reads, slowest ${ms(Math.max(0, ...reads))}`);
console.log(`server RSS with ${TASKS} tasks: ${afterReadsRss.toFixed(0)} MiB right after the reads, ${idleRss.toFixed(0)} MiB after 30 s idle`);

missing.stop();
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
await rm(dataDir, { recursive: true, force: true });
