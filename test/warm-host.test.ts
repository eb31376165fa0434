import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ytdlpFlags } from "../src/engine/args.js";
import { WarmHost } from "../src/engine/warm-host.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { ok, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { AddDownload, GetDownload } from "./documents.js";

let fixture: FixtureServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

const job = (id: string) => ({ id, url: "", downloadType: "video" as const, quality: "best" });

describe("connect-time address guard", () => {
  it("stops yt-dlp from connecting to a private address, whatever the URL check let through", async () => {
    const host = new WarmHost({ python: "/usr/bin/python3", guard: { allowPrivate: false, allow: [] } });
    try {
      const dir = "/tmp";
      const run = host.run(fixture.url("/clip.mp4?guarded"), ytdlpFlags(job("00000000-0000-4000-8000-000000000001"), { downloadDir: dir, thumbnailDir: dir }));
      const exit = await run.exited;
      expect(exit.exitCode).not.toBe(0);
      expect(exit.stderr).toMatch(/127\.0\.0\.1 is not a public address/);
      expect(fixture.requests.some((r) => r.path.includes("guarded"))).toBe(false);
    } finally {
      await host.stop();
    }
  });
});

/** The warm host process under this test process. */
async function hostPid(): Promise<number> {
  for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (cmd.includes("host.py") && Number(stat.split(") ")[1]?.split(" ")[1]) === process.pid) return Number(pid);
  }
  throw new Error("no warm host found");
}

describe("a host that dies", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it("is restarted, and its running task resumes from its partial file", async () => {
    const url = fixture.url("/slow/80000/long.mp4?host-dies");
    const { addDownload } = await server.gql(AddDownload, { input: { url } });
    const id = ok(addDownload).downloads[0]!.id;
    await waitFor(async () => ((await server.gql(GetDownload, { id })).download?.progress ?? 0) > 10, { what: "the download to be under way" });
    process.kill(await hostPid(), "SIGKILL");
    const done = await waitFor(async () => {
      const { download } = await server.gql(GetDownload, { id });
      return download?.status === "COMPLETED" || download?.status === "ERROR" ? download : undefined;
    }, { timeoutMs: 60_000, what: "the task to finish" });
    expect(done.status).toBe("COMPLETED");
    const ranges = fixture.requests.filter((r) => r.path.includes("host-dies") && r.range && !r.range.startsWith("bytes=0-"));
    expect(ranges.length).toBeGreaterThan(0);
  });
});
