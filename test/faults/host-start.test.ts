import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { figure, waitFor } from "../helpers.js";
import { ADD, startServerProcess, type ServerProcess } from "../security/server.js";

let fixture: FixtureServer;
let server: ServerProcess;
const lines: Array<{ level: number; msg: string }> = [];

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({ LOG_LEVEL: "info" });
  server.child.stdout!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter((l) => l.startsWith("{"))) lines.push(JSON.parse(line) as { level: number; msg: string });
  });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

/** The warm hosts (python host.py) the server process runs now. */
async function hosts(): Promise<number[]> {
  const found: number[] = [];
  for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (cmd.includes("host.py") && Number(stat.split(") ")[1]?.split(" ")[1]) === server.child.pid) found.push(Number(pid));
  }
  return found;
}

describe("a warm host killed while it starts", () => {
  it("is started again, twice, and the tasks waiting for it run and complete", async () => {
    const [first] = await hosts();
    process.kill(first!, "SIGKILL"); // no host now: the next task starts one
    await waitFor(async () => ((await hosts()).length === 0) || undefined, { what: "the host to be gone" });

    const ids: string[] = [];
    for (const n of [1, 2]) {
      const { body } = await server.gql(ADD, { url: fixture.url(`/clip.mp4?host-start=${n}`) });
      ids.push((body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id);
    }
    // Kill each new host the moment it appears, before it is ready (warming up takes over a second), twice.
    const killed = new Set<number>();
    while (killed.size < 2) {
      for (const pid of await hosts()) {
        if (killed.has(pid)) continue;
        process.kill(pid, "SIGKILL");
        killed.add(pid);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const killedAt = performance.now();
    const status = async (id: string) => (await server.gql(`query($id: ID!) { download(id: $id) { status errorMessage } }`, { id })).body.data!.download as { status: string; errorMessage: string | null };
    const done = await waitFor(async () => ((all) => (all.every((t) => t.status === "COMPLETED" || t.status === "ERROR") ? all : undefined))(await Promise.all(ids.map(status))), {
      timeoutMs: 60_000,
      what: "both tasks to finish",
    });
    expect(done.map((t) => t.status)).toEqual(["COMPLETED", "COMPLETED"]);
    figure("warm host killed twice while starting: second kill -> both tasks completed", performance.now() - killedAt);
    expect(lines.filter((l) => l.level === 50 && /yt-dlp host was killed \(SIGKILL\) before it was ready/.test(l.msg)).length).toBeGreaterThanOrEqual(2);
  });
});
