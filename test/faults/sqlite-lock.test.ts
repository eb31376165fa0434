import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { figure, waitFor } from "../helpers.js";
import { ADD, startServerProcess } from "../security/server.js";

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

/** Another process holds SQLite's write lock (BEGIN IMMEDIATE) for `seconds`; resolves once it holds it. */
async function holdWriteLock(file: string, seconds: number): Promise<{ released: Promise<void> }> {
  const script = `import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute("BEGIN IMMEDIATE")\nprint("locked", flush=True)\ntime.sleep(float(sys.argv[2]))\nc.execute("COMMIT")`;
  const child = spawn("/usr/bin/python3", ["-c", script, file, String(seconds)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return { released: new Promise((resolve) => child.once("exit", () => resolve())) };
}

describe("SQLite locked by another process", () => {
  it("keeps answering for 10 s of a held write lock, and every download still completes, durably", async () => {
    let server = await startServerProcess({ MAX_CONCURRENT_DOWNLOADS: "3", DB_WRITE_INTERVAL_MS: "100" });
    const dataDir = server.dataDir;
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { body } = await server.gql(ADD, { url: fixture.url(`/slow/60000/clip.mp4?lock=${i}`) });
        ids.push((body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id);
      }
      const task = async (id: string) => ((await server.gql(`query($id: ID!) { download(id: $id) { status } }`, { id })).body.data!.download as { status: string }).status;
      await waitFor(async () => (await Promise.all(ids.map(task))).every((s) => s === "DOWNLOADING") || undefined, { what: "three downloads running" });

      const { released } = await holdWriteLock(path.join(dataDir, "downloads.db"), 10);
      const slowest = { ms: 0 };
      let locked = true;
      void released.then(() => (locked = false));
      while (locked) {
        const started = performance.now();
        expect((await fetch(`${server.base}/api/downloads?limit=5`)).status).toBe(200);
        slowest.ms = Math.max(slowest.ms, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(server.child.exitCode).toBeNull();
      expect(slowest.ms).toBeLessThan(1000);
      figure("SQLite locked 10 s: slowest GET /api/downloads?limit=5", slowest.ms);
      const unlockedAt = performance.now();

      await waitFor(async () => (await Promise.all(ids.map(task))).every((s) => s === "COMPLETED") || undefined, { timeoutMs: 60_000, what: "all three completed" });
      figure("SQLite locked 10 s: lock released -> all three completed", performance.now() - unlockedAt);
      server.child.kill("SIGKILL"); // nothing left to flush: what is completed was written
      await new Promise((resolve) => server.child.once("exit", resolve));
      server = await startServerProcess({ DATA_DIR: dataDir });
      expect(await Promise.all(ids.map(task))).toEqual(["COMPLETED", "COMPLETED", "COMPLETED"]);
    } finally {
      await server.close();
    }
  });
});
