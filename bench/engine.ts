/**
 * Engine benchmark: 20 og: pages (each with a small ffmpeg-made clip) on a loopback fixture server,
 * submitted one after another with concurrency 3, until all are finished; once with the warm
 * engine (a Python host forking a child per task) and once with a fresh yt-dlp process per task,
 * side by side in one run. Prints wall time, CPU seconds per task (the server and every process
 * under it) and the slowest task.
 *
 *   npm run bench:engine [-- --pages 20 --concurrency 3]
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer, type FixtureServer } from "../test/fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../test/helpers.js";
import { treeCpuSeconds } from "./cpu.js";

const { values: opts } = parseArgs({
  options: { pages: { type: "string", default: "20" }, concurrency: { type: "string", default: "3" } },
});
const PAGES = Number(opts.pages);

type Task = { status: string; created_at: string; completed_at: string | null };

async function round(engine: "warm" | "fresh", fixture: FixtureServer) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `mds-bench-${engine}-`));
  const { child, port } = await spawnServerProcess({ DATA_DIR: dataDir, ENGINE: engine, MAX_CONCURRENT_DOWNLOADS: opts.concurrency! }, COMPILED);
  const api = `http://127.0.0.1:${port}/api/downloads`;
  const { ytdlp } = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { ytdlp: string };
  const cpuBefore = treeCpuSeconds(child.pid!);
  const started = performance.now();
  for (let i = 1; i <= PAGES; i++) {
    const url = fixture.url(`/page.html?title=${encodeURIComponent(`Bench ${engine} ${i}`)}`);
    await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) });
  }
  const tasks = await waitFor(async () => {
    const list = (await (await fetch(api)).json()) as Task[];
    return list.every((t) => t.status === "completed" || t.status === "error") ? list : undefined;
  }, { timeoutMs: 600_000, intervalMs: 200, what: "every page to finish" });
  const wall = (performance.now() - started) / 1000;
  const cpu = treeCpuSeconds(child.pid!) - cpuBefore;
  const slowest = Math.max(...tasks.map((t) => Date.parse(t.completed_at ?? t.created_at) - Date.parse(t.created_at))) / 1000;
  const failed = tasks.filter((t) => t.status !== "completed").length;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  await rm(dataDir, { recursive: true, force: true });
  return { engine, wall, cpuPerTask: cpu / PAGES, slowest, failed, ytdlp };
}

await ensureMedia();
const fixture = await startFixtureServer();
const results = [];
for (const engine of ["warm", "fresh"] as const) results.push(await round(engine, fixture));
await fixture.close();

console.log(`${PAGES} og: pages, concurrency ${opts.concurrency}, ${os.cpus().length} cores, yt-dlp ${results[0]!.ytdlp}`);
console.log("| engine | wall time | CPU s per task | slowest task | failed |");
console.log("|---|---|---|---|---|");
for (const r of results) {
  console.log(`| ${r.engine} | ${r.wall.toFixed(2)} s | ${r.cpuPerTask.toFixed(3)} | ${r.slowest.toFixed(2)} s | ${r.failed} |`);
}
const [warm, fresh] = results;
console.log(`warm vs fresh: ${(fresh!.wall / warm!.wall).toFixed(1)}x faster, ${(fresh!.cpuPerTask / warm!.cpuPerTask).toFixed(1)}x less CPU per task`);
