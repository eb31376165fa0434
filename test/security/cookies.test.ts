import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { FINAL, waitFor } from "../helpers.js";
import { startServerProcess, type ServerProcess } from "./server.js";

/**
 * Finding 4 (yt-dlp's CVE-2023-35934 in 2023.03.04): a preset's cookie for 127.0.0.1 followed a
 * redirect to 127.0.0.3. A cookie goes only to the host it was set for, whatever redirects.
 */
const COOKIE = "only-for-127-0-0-1-5e2a";
let fixture: FixtureServer;
let other: Server;
let redirector: Server;
const otherSaw: string[] = [];
let redirectBase = "";

beforeAll(async () => {
  fixture = await startFixtureServer();
  other = createServer((req, res) => {
    otherSaw.push(req.headers.cookie ?? "");
    res.writeHead(302, { location: fixture.url("/clip.mp4") }).end(); // back to the fixture: the task still completes
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.3", resolve));
  const otherBase = `http://127.0.0.3:${(other.address() as AddressInfo).port}`;
  // A page whose video redirects to another host when it is downloaded (not while the page is read).
  redirector = createServer((req, res) => {
    if (req.url?.startsWith("/page.html")) {
      return void res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><meta property="og:title" content="Logged in"></head><body><video src="/go.mp4"></video></body></html>`);
    }
    res.writeHead(302, { location: `${otherBase}/clip.mp4` }).end();
  });
  await new Promise<void>((resolve) => redirector.listen(0, "127.0.0.1", resolve));
  redirectBase = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fixture?.close();
  for (const s of [other, redirector]) {
    s?.closeAllConnections();
    await new Promise((resolve) => s?.close(resolve));
  }
});

describe.each(["warm", "fresh"])("ENGINE=%s", (engine) => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ENGINE: engine });
  });
  afterAll(() => server?.close());

  it("a preset's cookie for 127.0.0.1 is not sent to 127.0.0.3 after a redirect", async () => {
    const preset = (await (await fetch(`${server.base}/api/presets`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: `c-${engine}` }) })).json()) as { id: string };
    const stored = await fetch(`${server.base}/api/presets/${preset.id}/cookies`, {
      method: "PUT",
      headers: { "content-type": "text/plain" },
      body: `# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t${COOKIE}\n`,
    });
    expect(stored.status).toBe(200);
    otherSaw.length = 0;
    const [task] = (await (await fetch(`${server.base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: `${redirectBase}/page.html`, preset: preset.id }) })).json()) as Array<{ id: string }>;
    const done = await waitFor(async () => {
      const t = (await (await fetch(`${server.base}/api/downloads/${task!.id}`)).json()) as { status: string };
      return FINAL.includes(t.status.toUpperCase()) ? t : undefined;
    }, { timeoutMs: 60_000, what: "the task" });
    expect(done.status).toBe("completed");
    expect(otherSaw.length).toBeGreaterThan(0);
    expect(otherSaw.join(" ")).not.toContain(COOKIE);
  });
});
