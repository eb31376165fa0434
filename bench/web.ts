/**
 * The web page with many tasks: starts the compiled server as a process with 1,000 finished tasks
 * and three slow downloads running, opens `/` in Chromium, and prints the bundle size (gzipped),
 * the time from navigation to the first rendered list, how long a search keystroke takes to show,
 * and the main thread's long tasks while progress streams in.
 *
 *   npm run bench:web [-- --tasks 1000]
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { WEB_DIST } from "../src/http/web-page.js";
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { CHROMIUM, COMPILED, spawnServerProcess } from "../test/helpers.js";
import { fillTasks } from "./fill.js";

const { values: opts } = parseArgs({ options: { tasks: { type: "string", default: "1000" } } });
const TASKS = Number(opts.tasks);
type Probe = { firstTask?: number; longTasks: number[] };

const assets = path.join(WEB_DIST, "assets");
const gzipped = readdirSync(assets).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file))).length, 0);

await ensureMedia();
const fixture = await startFixtureServer();
const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-bench-web-"));
const { child, port } = await spawnServerProcess({ DATA_DIR: dataDir, ALLOW_PRIVATE_ADDRESSES: "true" }, COMPILED);
const base = `http://127.0.0.1:${port}`;
await fillTasks(dataDir, TASKS);
for (let i = 0; i < 3; i++) {
  await fetch(`${base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: fixture.url(`/slow/40000/long.mp4?bench=${i}`) }) });
}

const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
// Recorded in the page: when the first task row appears, and every long task (> 50 ms) after.
await page.addInitScript(() => {
  const probe: Probe = ((window as unknown as { probe: Probe }).probe = { longTasks: [] });
  new MutationObserver((_, observer) => {
    if (!document.querySelector(".task")) return;
    probe.firstTask = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.longTasks.push(e.duration))).observe({ type: "longtask" });
});
/** Opens `/` and answers when the first row appeared (ms after navigation) and the long tasks until then. */
async function load() {
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll(".task").length >= 100);
  return page.evaluate(() => {
    const probe = (window as unknown as { probe: Probe }).probe;
    return { firstTask: probe.firstTask!, longTasks: probe.longTasks.splice(0) };
  });
}
const cold = await load(); // a browser that has not loaded the page yet
const warm = [await load(), await load(), await load()].sort((a, b) => a.firstTask - b.firstTask)[1]!;

await page.waitForTimeout(5000); // progress of the three downloads streams in
const liveLongTasks = await page.evaluate(() => (window as unknown as { probe: Probe }).probe.longTasks.splice(0));
const search = await page.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
  const started = performance.now();
  input.value = "Video 999";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { ms: performance.now() - started, rows: document.querySelectorAll(".task").length };
});
const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20);

const fmt = (values: number[]) => (values.length ? `${values.length} (longest ${Math.max(...values).toFixed(0)} ms)` : "none");
console.log(`| JavaScript + CSS that / loads, gzipped | ${(gzipped / 1024).toFixed(1)} KB |`);
console.log(`| navigation to the first rendered list (${TASKS + 3} tasks), first visit / median of 3 more | ${cold.firstTask.toFixed(0)} ms / ${warm.firstTask.toFixed(0)} ms |`);
console.log(`| long tasks while loading, first visit / median | ${fmt(cold.longTasks)} / ${fmt(warm.longTasks)} |`);
console.log(`| long tasks in 5 s of live progress (3 downloads) | ${fmt(liveLongTasks)} |`);
console.log(`| a search keystroke to the next frame (${search.rows} rows left) | ${search.ms.toFixed(0)} ms |`);
console.log(`| page JS heap | ${heap.toFixed(1)} MiB |`);

await browser.close();
child.kill("SIGTERM");
await fixture.close();
await rm(dataDir, { recursive: true, force: true });
