/**
 * The second security round's figures, from outside, on the real server as a process:
 * how long a read waits while `cancelGroup` cancels a 5,000-entry playlist, how fast 24 MB of
 * GraphQL variables and a 1 MB `connection_init` are refused and what they cost in memory, and
 * how long an authenticated client takes to get in beside 200 idle sockets.
 *
 *   npm run bench:budgets
 */
import { readFile } from "node:fs/promises";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { waitFor } from "../test/helpers.js";
import { ADD, startServerProcess } from "../test/security/server.js";

await ensureMedia();
const fixture = await startFixtureServer();
const server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "true", MAX_PLAYLIST_ENTRIES: "5000", MAX_CONCURRENT_DOWNLOADS: "1", MAX_TASKS_PER_MINUTE: "100000" });
const rssMb = async () => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${server.child.pid}/status`, "utf8"))![1]) / 1024;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const rows: string[] = [];

// cancelGroup of 5,000 beside a stream of reads.
const { body } = await server.gql(ADD, { url: fixture.url("/feed.rss?n=5000") });
const first = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
const groupId = await waitFor(async () => {
  const task = (await server.gql(`query($id: ID!) { download(id: $id) { groupId playlistTotal } }`, { id: first })).body.data!.download as { groupId: string; playlistTotal: number };
  return task.playlistTotal === 5000 ? task.groupId : undefined;
}, { timeoutMs: 60_000 });
let cancelling = true;
const waits: number[] = [];
const reads = (async () => {
  while (cancelling) {
    const started = performance.now();
    await (await fetch(`${server.base}/api/downloads?limit=5`)).text();
    waits.push(performance.now() - started);
  }
})();
const cancelStarted = performance.now();
await server.gql(`mutation($g: ID!) { cancelGroup(groupId: $g) { __typename } }`, { g: groupId });
const cancelTook = performance.now() - cancelStarted;
cancelling = false;
await reads;
rows.push(`| cancelGroup of 5,000 entries | ${ms(cancelTook)} | reads beside it: ${waits.length}, p50 ${ms(percentile(waits, 50))}, max ${ms(Math.max(...waits))} |`);

// 24 MB of variables.
const variables = Object.fromEntries(Array.from({ length: 1_800_000 }, (_, i) => [`k${i}`, 1]));
const big = JSON.stringify({ query: "query($x: Int) { downloads(limit: $x) { id } }", variables });
const before = await rssMb();
const bigStarted = performance.now();
const answer = await fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: big });
rows.push(`| ${(big.length / 1e6).toFixed(0)} MB of variables | ${answer.status} in ${ms(performance.now() - bigStarted)} | RSS ${before.toFixed(0)} → ${(await rssMb()).toFixed(0)} MB |`);

// 20 unauthenticated connection_init frames of 1 MB.
const wsUrl = `ws://127.0.0.1:${server.port}/graphql`;
const closes: number[] = [];
const rssBefore = await rssMb();
for (let i = 0; i < 20; i++) {
  const ws = new WebSocket(wsUrl, "graphql-transport-ws");
  await new Promise((resolve) => ws.once("open", resolve));
  const started = performance.now();
  ws.send(JSON.stringify({ type: "connection_init", payload: { x: "x".repeat(1024 * 1024) } }));
  await new Promise((resolve) => ws.once("close", resolve));
  closes.push(performance.now() - started);
}
rows.push(`| 20 × a 1 MB connection_init | closed in p50 ${ms(percentile(closes, 50))}, max ${ms(Math.max(...closes))} | RSS ${rssBefore.toFixed(0)} → ${(await rssMb()).toFixed(0)} MB |`);

// An authenticated client beside 200 idle sockets from another address.
let stopping = false;
const idle = (): void => {
  if (stopping) return;
  const ws = new WebSocket(wsUrl, "graphql-transport-ws", { localAddress: "127.0.0.2" });
  ws.on("error", () => undefined).on("close", () => setTimeout(idle, 20));
};
for (let i = 0; i < 200; i++) idle();
await new Promise((resolve) => setTimeout(resolve, 500));
const joins: number[] = [];
for (let i = 0; i < 20; i++) {
  const started = performance.now();
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  await new Promise((resolve, reject) => client.subscribe({ query: "{ downloads(limit: 1) { id } }" }, { next: resolve, error: reject, complete: () => undefined }));
  joins.push(performance.now() - started);
  await client.dispose();
}
stopping = true;
rows.push(`| a client connecting beside 200 idle sockets | 20 of 20 in, p50 ${ms(percentile(joins, 50))}, max ${ms(Math.max(...joins))} | |`);

console.log("| attack | answer | cost |\n|---|---|---|\n" + rows.join("\n"));
await server.close();
await fixture.close();
process.exit(0);
