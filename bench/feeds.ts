/**
 * Feed benchmark: what a check costs. A 500-entry RSS feed on a loopback fixture server is added
 * (its first check lists and records all 500 as seen), then 5 items are added and it is checked
 * again (5 new entries queued; with MAX_CONCURRENT_DOWNLOADS=1 the first of them starts right away,
 * and its yt-dlp's first moments count in that check's CPU). Prints wall time and CPU seconds (the
 * server and every process under it) of each check.
 *
 *   npm run bench:feeds [-- --entries 500 --new 5]
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { COMPILED, spawnServerProcess } from "../test/helpers.js";
import { treeCpuSeconds } from "./cpu.js";

const { values: opts } = parseArgs({ options: { entries: { type: "string", default: "500" }, new: { type: "string", default: "5" } } });
const ENTRIES = Number(opts.entries);

await ensureMedia();
const fixture = await startFixtureServer();
const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-bench-feeds-"));
const { child, port } = await spawnServerProcess({ DATA_DIR: dataDir, MAX_PLAYLIST_ENTRIES: String(ENTRIES + 100), MAX_CONCURRENT_DOWNLOADS: "1", MAX_TASKS_PER_MINUTE: "100000" }, COMPILED);
const graphql = async (query: string, variables: Record<string, unknown>) =>
  ((await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, Record<string, unknown>> }).data;

/** Wall and CPU time of one request to the server. */
async function measured<T>(what: string, run: () => Promise<T>): Promise<T> {
  const cpu = treeCpuSeconds(child.pid!);
  const started = performance.now();
  const result = await run();
  console.log(`${what}: ${Math.round(performance.now() - started)} ms wall, ${(treeCpuSeconds(child.pid!) - cpu).toFixed(2)} s CPU`);
  return result;
}

try {
  const source = fixture.feed("bench");
  source.add(...Array.from({ length: ENTRIES }, (_, i) => ({ title: `Episode ${i + 1}`, durationSeconds: 1800 })));
  const { addFeed } = await measured(`first check of a ${ENTRIES}-entry feed (all recorded as seen)`, () =>
    graphql(`mutation($url: String!) { addFeed(input: { url: $url }) { __typename ... on Feed { id entryCount } ... on Error { message } } }`, { url: source.url }),
  );
  if (!addFeed?.id) throw new Error(`addFeed: ${JSON.stringify(addFeed)}`);
  source.add(...Array.from({ length: Number(opts.new) }, (_, i) => ({ title: `New ${i + 1}`, durationSeconds: 1800 })));
  const { checkFeed } = await measured(`a later check with ${opts.new} new entries`, () =>
    graphql(`mutation($id: ID!) { checkFeed(id: $id) { __typename ... on CheckFeedPayload { check { found new queued } } } }`, { id: addFeed.id }),
  );
  console.log(`  -> ${JSON.stringify(checkFeed)}`);
  await measured("a check with nothing new", () => graphql(`mutation($id: ID!) { checkFeed(id: $id) { __typename } }`, { id: addFeed.id }));
} finally {
  child.kill("SIGTERM");
  await fixture.close();
  await rm(dataDir, { recursive: true, force: true });
}
