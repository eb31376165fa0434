import { spawn } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import parsePrometheus from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, ClearDownloads } from "./documents.js";
import { FIXTURE_ENV, ok, spawnServerProcess, startTestServer, waitFor } from "./helpers.js";

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

type Metric = { name: string; metrics: Array<{ value?: string; labels?: Record<string, string>; count?: string }> };

describe("health, readiness and metrics", () => {
  it("answers /healthz, and /readyz with the yt-dlp in use and the instance's id", async () => {
    const server = await startTestServer({ INSTANCE_ID: "edge-1" });
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "alive" });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", database: "ok", ytdlp: "2023.03.04", instance: "edge-1" });
    } finally {
      await server.stop();
    }
  });

  it("is not ready once yt-dlp is gone", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mds-ytdlp-"));
    const ytdlp = path.join(dir, "yt-dlp");
    await copyFile("/usr/bin/yt-dlp", ytdlp);
    const server = await startTestServer({ ENGINE: "fresh", YTDLP_PATH: ytdlp });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      await rm(ytdlp);
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unready", reason: expect.stringMatching(/^yt-dlp: yt-dlp not found/), instance: expect.any(String) });
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exposes Prometheus metrics that count a completed and a failed task", async () => {
    const server = await startTestServer();
    try {
      const add = (url: string) =>
        server.gql(AddDownload, { input: { url } }).then((r) => ok(r.addDownload).downloads[0]!.id);
      await add(fixture.url("/clip.mp4?metrics"));
      await add(fixture.url("/missing.mp4?metrics"));
      const scrape = async () => parsePrometheus(await (await fetch(`${server.url}/metrics`)).text()) as Metric[];
      const value = (metrics: Metric[], name: string, labels: Record<string, string> = {}) =>
        Number(metrics.find((m) => m.name === name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value ?? NaN);
      const metrics = await waitFor(async () => {
        const current = await scrape();
        return value(current, "mds_task_outcomes_total", { outcome: "completed" }) === 1 && value(current, "mds_task_outcomes_total", { outcome: "error" }) === 1 ? current : undefined;
      }, { what: "both tasks to end" });
      expect(value(metrics, "mds_tasks", { status: "completed", instance_id: server.config.instanceId })).toBe(1);
      expect(value(metrics, "mds_tasks", { status: "error" })).toBe(1);
      expect(value(metrics, "mds_queue_length")).toBe(0);
      expect(value(metrics, "mds_active_downloads")).toBe(0);
      expect(value(metrics, "mds_downloaded_bytes_total")).toBeGreaterThan(10_000);
      expect(value(metrics, "mds_events_published_total", { kind: "added" })).toBe(2);
      expect(metrics.find((m) => m.name === "mds_task_duration_seconds")).toBeDefined();
      const latency = metrics.find((m) => m.name === "mds_graphql_operation_seconds")!;
      // The two addDownload mutations (the parser keeps a histogram's buckets, not its labels).
      expect((latency.metrics[0] as { buckets: Record<string, string> }).buckets["+Inf"]).toBe("2");
    } finally {
      await server.stop();
    }
  });
});

describe("the mds_tasks gauge", () => {
  it("drops a status once no task has it, instead of keeping its last count", async () => {
    const server = await startTestServer();
    try {
      const id = ok((await server.gql(AddDownload, { input: { url: fixture.url("/missing.mp4?gauge") } })).addDownload).downloads[0]!.id;
      const series = async () => {
        const metrics = parsePrometheus(await (await fetch(`${server.url}/metrics`)).text()) as Metric[];
        return (metrics.find((m) => m.name === "mds_tasks")?.metrics ?? []).map((m) => `${m.labels?.status}=${m.value}`);
      };
      await waitFor(async () => (await series()).includes("error=1") || undefined, { what: `task ${id} to fail` });
      await server.gql(ClearDownloads, { status: ["ERROR"] });
      expect(await series()).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe("logs", () => {
  it("writes one JSON line per task transition, and a failure with its error", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-logs-"));
    const { child, port } = await spawnServerProcess({ DATA_DIR: dataDir, INSTANCE_ID: "logs-1" });
    const lines: Array<Record<string, unknown>> = [];
    child.stdout!.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    try {
      const post = (url: string) =>
        fetch(`http://127.0.0.1:${port}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) })
          .then((r) => r.json() as Promise<Array<{ id: string }>>)
          .then((tasks) => tasks[0]!.id);
      const good = await post(fixture.url("/clip.mp4?logs"));
      const bad = await post(fixture.url("/missing.mp4?logs"));
      await waitFor(() => lines.some((l) => l.task === good && l.to === "completed") && lines.some((l) => l.task === bad && l.to === "error"), { what: "both tasks to end" });
      expect(lines.filter((l) => l.task === good).map((l) => l.to ?? l.msg)).toEqual(["task added", "downloading", "completed"]);
      expect(lines.find((l) => l.task === bad && l.to === "error")).toMatchObject({ level: 40, from: "pending", error: expect.stringMatching(/404/), instance: "logs-1" }); // it failed before yt-dlp said what it fetches
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** Runs the server expecting it to refuse to start; its exit code, stdout and stderr. */
function startFailing(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], { env: { ...process.env, ...FIXTURE_ENV, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("start-up problems", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mds-start-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const oneLine = (text: string) => {
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).not.toMatch(/\n\s+at /);
  };

  it("names a port in use", async () => {
    const taken = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => taken.once("listening", resolve));
    const { port } = taken.address() as { port: number };
    const { code, stderr } = await startFailing({ DATA_DIR: path.join(dir, "a"), PORT: String(port) });
    taken.close();
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`PORT: port ${port} on 127.0.0.1 is already in use`));
    oneLine(stderr);
  });

  it("names an address it cannot listen on", async () => {
    const { code, stderr } = await startFailing({ DATA_DIR: path.join(dir, "b"), HOST: "999.1.1.1", ALLOW_UNAUTHENTICATED: "true" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^HOST: cannot listen on 999\.1\.1\.1/);
    oneLine(stderr);
  });

  it("names a DATA_DIR that is a file", async () => {
    const file = path.join(dir, "not-a-folder");
    await writeFile(file, "");
    const { code, stderr } = await startFailing({ DATA_DIR: file });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^DATA_DIR: cannot use .*not-a-folder as a folder/);
    oneLine(stderr);
  });

  it("says what a bad number must be, names a misspelled variable, prints the version, and refuses an unknown argument", async () => {
    const port = await startFailing({ DATA_DIR: path.join(dir, "c"), PORT: "abc" });
    expect(port.code).toBe(1);
    expect(port.stderr).toContain("PORT: must be a whole number from 0 to 65535");
    const misspelled = await startFailing({ DATA_DIR: path.join(dir, "d"), MAX_CONCURENT_DOWNLOADS: "2" });
    expect(misspelled.code).toBe(1);
    expect(misspelled.stderr).toContain("MAX_CONCURENT_DOWNLOADS: not a setting of this server; did you mean MAX_CONCURRENT_DOWNLOADS?");
    const version = await startFailing({}, ["--version"]);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const unknown = await startFailing({}, ["--verbose"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^unknown argument "--verbose"/);
    oneLine(unknown.stderr);
  });

  it("prints the configuration table for --help and exits", async () => {
    const { code, stdout } = await startFailing({}, ["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+PORT\s+3000\s+HTTP port/m);
    expect(stdout).toMatch(/^\s+API_TOKEN\s+Bearer token/m);
  });
});
