import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { startServerProcess, type ServerProcess } from "./server.js";

let fixture: FixtureServer;
let server: ServerProcess;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({ MAX_PLAYLIST_ENTRIES: "5000", MAX_CONCURRENT_DOWNLOADS: "1", MAX_TASKS_PER_MINUTE: "100000" });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

type Added = { downloads?: Array<{ id: string; status: string }>; code?: string; message?: string; retryAfterSeconds?: number };
const add = async (url: string, on = server) => (await on.gql(`mutation($url: String!) { addDownload(input: { url: $url }) { __typename ... on AddDownloadPayload { downloads { id status } } ... on Error { code message } ... on RateLimitedError { retryAfterSeconds } } }`, { url })).body.data!.addDownload as Added;
const task = async (id: string) =>
  (await server.gql(`query($id: ID!) { download(id: $id) { status errorMessage groupId playlistTotal } }`, { id })).body.data!.download as {
    status: string;
    errorMessage: string | null;
    groupId: string;
    playlistTotal: number;
  };

describe("request budgets", () => {
  it("cancels a 5,000-entry playlist in slices: a concurrent read never waits long", async () => {
    const first = (await add(fixture.url("/feed.rss?n=5000"))).downloads![0]!;
    const { groupId } = await waitFor(async () => ((t) => (t.playlistTotal === 5000 ? t : undefined))(await task(first.id)), { timeoutMs: 60_000, what: "the playlist to expand" });
    const count = `query($g: ID!) { downloadsConnection(groupId: $g) { totalCount } }`;
    await waitFor(async () => ((await server.gql(count, { g: groupId })).body.data!.downloadsConnection as { totalCount: number }).totalCount === 5000 || undefined, {
      timeoutMs: 60_000,
      what: "all 5,000 entries",
    });
    let cancelling = true;
    const waits: number[] = [];
    const reads = (async () => {
      while (cancelling) {
        const started = performance.now();
        expect((await fetch(`${server.base}/api/downloads?limit=5`)).status).toBe(200);
        waits.push(performance.now() - started);
      }
    })();
    const { body } = await server.gql(`mutation($g: ID!) { cancelGroup(groupId: $g) { ... on CancelGroupPayload { downloads { status } } } }`, { g: groupId });
    cancelling = false;
    await reads;
    const statuses = (body.data!.cancelGroup as { downloads: Array<{ status: string }> }).downloads.map((d) => d.status);
    expect(statuses).toHaveLength(5000);
    expect(statuses.every((s) => s === "CANCELLED" || s === "COMPLETED")).toBe(true);
    expect(waits.length).toBeGreaterThan(1);
    // Before: one 5.3 s stall. The figure itself (bench:security) is kept under 100 ms.
    expect(Math.max(...waits)).toBeLessThan(300);
  });

  it("cancels a playlist whose entries are still being inserted: none is left to run", async () => {
    const first = (await add(fixture.url("/feed.rss?n=5000&mid-insert"))).downloads![0]!;
    const { groupId } = await waitFor(async () => ((t) => (t.playlistTotal === 5000 ? t : undefined))(await task(first.id)), { timeoutMs: 60_000, what: "the playlist to expand" });
    await server.gql(`mutation($g: ID!) { cancelGroup(groupId: $g) { __typename } }`, { g: groupId });
    const statuses = `query($g: ID!) { downloadsConnection(groupId: $g) { totalCount } pending: downloadsConnection(groupId: $g, status: [PENDING, DOWNLOADING]) { totalCount } }`;
    const counts = await waitFor(async () => {
      const data = (await server.gql(statuses, { g: groupId })).body.data as { downloadsConnection: { totalCount: number }; pending: { totalCount: number } };
      return data.downloadsConnection.totalCount === 5000 ? data : undefined;
    }, { timeoutMs: 60_000, what: "all 5,000 entries" });
    expect(counts.pending.totalCount).toBe(0);
  });

  it("fails a playlist longer than MAX_PLAYLIST_ENTRIES with a clear error, adding none of it", async () => {
    const first = (await add(fixture.url("/feed.rss?n=5001"))).downloads![0]!;
    const done = await waitFor(async () => ((t) => (t.status === "ERROR" ? t : undefined))(await task(first.id)), { timeoutMs: 60_000, what: "the task to fail" });
    expect(done.errorMessage).toMatch(/more than 5000 entries \(MAX_PLAYLIST_ENTRIES=5000\)/);
    expect(done.playlistTotal).toBe(1);
  });

  it("limits the tasks one caller may add per minute, saying when to come back", async () => {
    // A server of its own: with the one above, how much of its budget had refilled depended on how long the tests before took.
    const limited = await startServerProcess({ MAX_TASKS_PER_MINUTE: "2" });
    try {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await add(fixture.url(`/missing.mp4?budget=${i}`), limited));
      expect(results.slice(0, 2).every((r) => r.downloads?.length === 1)).toBe(true);
      expect(results[2]).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
      const rest = await fetch(`${limited.base}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: fixture.url("/missing.mp4") }) });
      expect(rest.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
