import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { AddDownload, GetDownload } from "../documents.js";
import { ok, startTestServer, waitFor, type TestServer } from "../helpers.js";

let fixture: FixtureServer;
let server: TestServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

describe("file names from site titles", () => {
  it.each([
    ["a leading dash (an option to whoever runs `rm *`)", "-rf --no-preserve-root"],
    ["a leading dot (a hidden file)", "..hidden clip"],
    ["a right-to-left override (exe.mp4 shown as 4pm.exe)", "clip\u202eexe.mp4"],
  ])("never start with - or . nor carry bidirectional controls: %s", async (_what, title) => {
    const url = fixture.url(`/page.html?title=${encodeURIComponent(title)}&case=${encodeURIComponent(title)}`);
    const id = ok((await server.gql(AddDownload, { input: { url } })).addDownload).downloads[0]!.id;
    const done = await waitFor(async () => {
      const { download } = await server.gql(GetDownload, { id });
      return download?.status === "COMPLETED" || download?.status === "ERROR" ? download : undefined;
    }, { timeoutMs: 30_000, what: "the download to finish" });
    expect(done.status).toBe("COMPLETED");
    expect(done.filename).toMatch(new RegExp(`__${id}\\.mp4$`));
    expect(done.filename).not.toMatch(/^[-.\s]/);
    expect(done.filename).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(done.title.startsWith(title)).toBe(true); // the title itself is shown as the site gave it
  });
});
