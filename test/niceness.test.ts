import { getPriority } from "node:os";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, CancelDownload } from "./documents.js";
import { ok, startTestServer, waitFor } from "./helpers.js";

/** Downloads are background work: with either engine, a running yt-dlp has niceness 10, so the API keeps the CPU it needs. */
let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

it.each(["warm", "fresh"])("runs yt-dlp at niceness 10 with ENGINE=%s", async (engine) => {
  const server = await startTestServer({ ENGINE: engine });
  try {
    const { id } = ok((await server.gql(AddDownload, { input: { url: fixture.url(`/slow/40000/long.mp4?${engine}`) } })).addDownload).downloads[0]!;
    const pid = await waitFor(async () => (await server.downloads.get(id))?.pid ?? undefined, { what: "the task's yt-dlp to start" });
    expect(getPriority(pid) - getPriority(process.pid)).toBe(10);
    ok((await server.gql(CancelDownload, { id })).cancelDownload);
  } finally {
    await server.stop();
  }
});
