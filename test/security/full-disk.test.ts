import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { CAN_MOUNT, fillDisk, mountTmpfs } from "../fixtures/tmpfs.js";
import { waitFor } from "../helpers.js";
import { ADD, startServerProcess, type ServerProcess } from "./server.js";

/** A real full disk: DATA_DIR on a 24 MB tmpfs. */
let disk: Awaited<ReturnType<typeof mountTmpfs>> | undefined;
let dataDir = "";
let fixture: FixtureServer;

beforeAll(async () => {
  if (!CAN_MOUNT) return;
  fixture = await startFixtureServer();
  disk = await mountTmpfs("24m");
  dataDir = disk.dir;
});
afterAll(async () => {
  await fixture?.close();
  await disk?.unmount();
});

const fill = () => fillDisk(path.join(dataDir, "filler"));

async function post(server: ServerProcess): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const res = await fetch(`${server.base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: fixture.url("/clip.mp4?full") }) });
  return { status: res.status, body: await res.json() };
}

describe.skipIf(!CAN_MOUNT)("DATA_DIR on a full disk", () => {
  it("keeps the server up and answering reads, refuses new tasks clearly, starts again read-only, and recovers", async () => {
    let server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const { body } = await server.gql(ADD, { url: fixture.url("/slow/40000/long.mp4?full") });
      const id = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
      await waitFor(async () => {
        const task = (await server.gql(`query($id: ID!) { download(id: $id) { status } }`, { id })).body.data!.download as { status: string };
        return task.status === "DOWNLOADING" || undefined;
      }, { what: "the download to start" });
      fill();
      await new Promise((resolve) => setTimeout(resolve, 2000)); // events, progress writes and the download all hit the full disk
      expect(server.child.exitCode).toBeNull();
      expect((await fetch(`${server.base}/api/downloads?limit=5`)).status).toBe(200);
      const refused = await post(server);
      expect(refused.status).toBe(507);
      expect(refused.body.error).toMatchObject({ code: "INSUFFICIENT_STORAGE", message: expect.stringMatching(/DATA_DIR is full/) });
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).reason).toMatch(/DATA_DIR is full/);

      // Stopped and started again on the full disk: it comes up read-only.
      server.child.kill("SIGTERM");
      await new Promise((resolve) => server.child.once("exit", resolve));
      server = await startServerProcess({ DATA_DIR: dataDir });
      expect((await fetch(`${server.base}/api/downloads`)).status).toBe(200);
      expect((await post(server)).status).toBe(507);

      await rm(path.join(dataDir, "filler"));
      await waitFor(async () => (await fetch(`${server.base}/readyz`)).status === 200 || undefined, { what: "readiness to come back" });
      expect((await post(server)).status).toBe(201);
    } finally {
      await server.close();
    }
  });
});
