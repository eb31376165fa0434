import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { CAN_MOUNT, fillDisk, mountTmpfs } from "../fixtures/tmpfs.js";
import { figure, waitFor } from "../helpers.js";
import { ADD, startServerProcess } from "../security/server.js";

/** DOWNLOAD_DIR on an 8 MB tmpfs, filled for real. */
let disk: Awaited<ReturnType<typeof mountTmpfs>> | undefined;
let downloadDir = "";
let fixture: FixtureServer;

beforeAll(async () => {
  if (!CAN_MOUNT) return;
  fixture = await startFixtureServer();
  disk = await mountTmpfs("8m");
  downloadDir = disk.dir;
});
afterAll(async () => {
  await fixture?.close();
  await disk?.unmount();
});

describe.skipIf(!CAN_MOUNT)("a download folder that fills up", () => {
  it("says so on /readyz, leaves no partial file of the failed task, and a retry completes once there is room", async () => {
    const server = await startServerProcess({ DOWNLOAD_DIR: downloadDir });
    try {
      const filler = path.join(downloadDir, "filler");
      const { body } = await server.gql(ADD, { url: fixture.url("/slow/100000/long.mp4?folder-full") });
      const id = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
      const task = async () =>
        (await server.gql(`query($id: ID!) { download(id: $id) { status progress errorMessage } }`, { id })).body.data!.download as { status: string; progress: number; errorMessage: string | null };
      await waitFor(async () => (await task()).progress > 10 || undefined, { what: "the download to be under way" });
      fillDisk(filler);
      const failed = await waitFor(async () => ((t) => (t.status === "ERROR" || t.status === "COMPLETED" ? t : undefined))(await task()), { timeoutMs: 30_000, what: "the task to fail" });
      expect(failed.status).toBe("ERROR");
      expect(failed.errorMessage).toMatch(/No space left on device/);
      expect(failed.errorMessage).not.toContain(downloadDir); // no server path in a message
      expect((await readdir(downloadDir)).filter((name) => name.includes(id))).toEqual([]); // no partial file keeps the disk full

      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).reason).toMatch(/DOWNLOAD_DIR is full/);

      await rm(filler);
      const freedAt = performance.now();
      await waitFor(async () => (await fetch(`${server.base}/readyz`)).status === 200 || undefined, { what: "/readyz to recover" });
      figure("download folder full: space freed -> /readyz ready", performance.now() - freedAt);
      await server.gql(`mutation($id: ID!) { retryDownload(id: $id) { __typename } }`, { id });
      const done = await waitFor(async () => ((t) => (t.status === "ERROR" || t.status === "COMPLETED" ? t : undefined))(await task()), { timeoutMs: 30_000, what: "the retry to finish" });
      expect(done.status).toBe("COMPLETED");
    } finally {
      await server.close();
    }
  });
});
