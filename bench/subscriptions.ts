/**
 * Subscription fan-out benchmark: starts the real server as a child process, opens N graphql-ws
 * subscribers to `downloadEvents` (all tasks), runs M throttled downloads against the local
 * fixture server, and prints events delivered, lag (server publish -> client receipt), and the
 * server's CPU time and RSS.
 *
 *   npm run bench -- --subscribers 1000 --downloads 6
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { graphql } from "../src/gql/index.js";
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { spawnServerProcess } from "../test/helpers.js";

const { values: opts } = parseArgs({
  options: {
    subscribers: { type: "string", default: "200" },
    downloads: { type: "string", default: "6" },
    bps: { type: "string", default: "150000" },
  },
});
const SUBSCRIBERS = Number(opts.subscribers);
const DOWNLOADS = Number(opts.downloads);

const BenchEvents = graphql(`
  subscription BenchEvents {
    downloadEvents {
      __typename
      at
      download {
        id
        status
        progress
        speed
        eta
      }
    }
  }
`);

const BenchAdd = graphql(`
  mutation BenchAdd($input: AddDownloadInput!) {
    addDownload(input: $input) {
      __typename
    }
  }
`);

/** utime+stime in seconds and RSS in MiB of one process, from /proc. */
function usage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
  return { cpu: ticks / 100, rss };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

await ensureMedia();
const fixture = await startFixtureServer();
const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-bench-"));
const { child: server, port } = await spawnServerProcess({ DATA_DIR: dataDir, MAX_CONCURRENT_DOWNLOADS: String(DOWNLOADS) });
const base = `http://127.0.0.1:${port}`;

const clients: Client[] = [];
const lags: number[] = [];
let delivered = 0;
const completed = new Set<string>();
let allDone!: () => void;
const done = new Promise<void>((resolve) => (allDone = resolve));
let subscribed = 0;
let allSubscribed!: () => void;
const ready = new Promise<void>((resolve) => (allSubscribed = resolve));

for (let i = 0; i < SUBSCRIBERS; i++) {
  const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  clients.push(client);
  client.on("connected", () => ++subscribed === SUBSCRIBERS && allSubscribed());
  const watchesCompletion = i === 0;
  client.subscribe(
    { query: print(BenchEvents) },
    {
      next: ({ data }) => {
        const event = (data as { downloadEvents: { at: string; download: { id: string; status: string } } }).downloadEvents;
        delivered += 1;
        lags.push(Date.now() - Date.parse(event.at));
        if (watchesCompletion && event.download.status === "COMPLETED") {
          completed.add(event.download.id);
          if (completed.size === DOWNLOADS) allDone();
        }
      },
      error: (error) => console.error("subscriber error", error),
      complete: () => undefined,
    },
  );
}
await ready;
await new Promise((r) => setTimeout(r, 500)); // let every subscribe message land

const before = usage(server.pid!);
let peakRss = before.rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, usage(server.pid!).rss)), 200);
const started = Date.now();
for (let i = 0; i < DOWNLOADS; i++) {
  await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(BenchAdd), variables: { input: { url: fixture.url(`/slow/${opts.bps}/long.mp4?n=${i}`) } } }),
  });
}
await done;
await new Promise((r) => setTimeout(r, 300)); // let the last events reach every subscriber
const seconds = (Date.now() - started) / 1000;
const after = usage(server.pid!);
clearInterval(sampler);

lags.sort((a, b) => a - b);
console.log(`subscribers            ${SUBSCRIBERS}`);
console.log(`downloads              ${DOWNLOADS} x long.mp4 at ${opts.bps} B/s, ${seconds.toFixed(1)} s`);
console.log(`events delivered       ${delivered} (${(delivered / seconds).toFixed(0)}/s, ${(delivered / SUBSCRIBERS).toFixed(1)} per subscriber)`);
console.log(`lag publish->client    p50 ${percentile(lags, 50)} ms, p99 ${percentile(lags, 99)} ms, max ${lags.at(-1)} ms`);
console.log(`server CPU             ${(after.cpu - before.cpu).toFixed(2)} s (${(((after.cpu - before.cpu) / seconds) * 100).toFixed(0)}% of one core)`);
console.log(`server RSS             ${before.rss.toFixed(0)} MiB before, ${peakRss.toFixed(0)} MiB peak`);

await Promise.all(clients.map((c) => c.dispose()));
server.kill("SIGTERM");
await new Promise((r) => server.once("exit", r));
await fixture.close();
await rm(dataDir, { recursive: true, force: true });
