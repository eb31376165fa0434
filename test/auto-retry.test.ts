import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";

/** Transient failures are retried by themselves, with real yt-dlp against the fixture server. */

let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ AUTO_RETRY_ATTEMPTS: "3", AUTO_RETRY_BASE_SECONDS: "0.2" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

type Task = { id: string; status: string; attempt: number; errorKind: string | null; errorMessage: string | null; lastError: string | null; nextAttemptAt: string | null };
const TASK = "id status attempt errorKind errorMessage lastError nextAttemptAt";

async function add(url: string): Promise<Task> {
  const result = await rootField<{ downloads: Task[] }>(server, `mutation($url: String!) { addDownload(input: { url: $url }) { ... on AddDownloadPayload { downloads { ${TASK} } } } }`, { url });
  return result.downloads[0]!;
}
const get = (id: string) => rootField<Task>(server, `query($id: ID!) { download(id: $id) { ${TASK} } }`, { id });
const finished = (id: string) => waitFor(async () => ((task) => FINAL.includes(task.status) && task)(await get(id)), { what: `download ${id}` });

describe("automatic retries", () => {
  it("a source that answers 503 twice completes by itself on attempt 3, with one file", async () => {
    const task = await add(fixture.url("/flaky/auto-503/clip.mp4?fail=2&status=503"));
    const waiting = await waitFor(async () => ((t) => t.status === "PENDING" && t.attempt === 1 && t.nextAttemptAt !== null && t)(await get(task.id)), { what: "the first retry to wait", intervalMs: 20 });
    expect(waiting).toMatchObject({ errorKind: "TRANSIENT", errorMessage: null, lastError: expect.stringMatching(/503/) });
    expect(waiting.nextAttemptAt).not.toBeNull();
    const rest = (await (await fetch(`${server.url}/api/downloads/${task.id}`)).json()) as { status: string; error_message: string };
    if (rest.status === "pending") expect(rest.error_message).toBe(""); // the contract stays exact while it waits
    const done = await finished(task.id);
    expect(done).toMatchObject({ status: "COMPLETED", attempt: 3, errorKind: null, lastError: null });
    expect((await readdir(server.config.downloadDir)).filter((name) => name.includes(task.id))).toHaveLength(1);
  });

  it("a 404 ends in error at once, after one attempt", async () => {
    const done = await finished((await add(fixture.url("/missing.mp4?auto-retry"))).id);
    expect(done).toMatchObject({ status: "ERROR", attempt: 1, errorKind: "PERMANENT", errorMessage: expect.stringMatching(/404/) });
  });

  it("a DNS failure is transient, and ends in error once the attempts are used up", async () => {
    const done = await finished((await add("http://no-such-host.invalid/clip.mp4")).id);
    expect(done).toMatchObject({ status: "ERROR", attempt: 3, errorKind: "TRANSIENT" });
  });
});
