import { afterAll, beforeAll, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { startServerProcess, type ServerProcess } from "./server.js";

/**
 * Finding 10: 10 feed URLs in one addDownloads (costing 10) made 4,002 tasks in 120 s; feed
 * backfill and retries were not counted. Every task made on a caller's behalf counts against it.
 */
const TOKEN = "expansion-budget-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };
const PER_MINUTE = 30;
let fixture: FixtureServer;
let server: ServerProcess;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({ API_TOKEN: TOKEN, MAX_TASKS_PER_MINUTE: String(PER_MINUTE) });
  await server.gql(`mutation { pauseQueue { __typename } }`, undefined, AUTH); // only listings run: nothing is downloaded
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

type Task = { id: string; status: string; errorMessage: string | null; isPlaylist: boolean };
const all = async () => (await server.gql(`{ downloads { id status errorMessage isPlaylist } }`, undefined, AUTH)).body.data!.downloads as Task[];

it("playlists in one addDownloads expand only as far as the caller's budget, then stop with a clear error", async () => {
  const urls = Array.from({ length: 10 }, (_, i) => fixture.url(`/feed.rss?n=20&list=${i}`));
  const { body } = await server.gql(
    `mutation($inputs: [AddDownloadInput!]!) { addDownloads(inputs: $inputs) { __typename ... on AddDownloadsPayload { downloads { id } } } }`,
    { inputs: urls.map((url) => ({ url })) },
    AUTH,
  );
  expect((body.data!.addDownloads as { __typename: string }).__typename).toBe("AddDownloadsPayload");
  await server.gql(`mutation { resumeQueue { __typename } }`, undefined, AUTH);
  // Each submission is listed (or refused) once the queue runs; stop it again before entries download.
  const tasks = await waitFor(async () => {
    const rows = await all();
    const listed = rows.filter((t) => t.isPlaylist || t.status === "ERROR");
    return listed.length >= 10 + 19 ? rows : undefined; // at least one playlist expanded, the rest refused
  }, { timeoutMs: 60_000, what: "the playlists to be listed" });
  await server.gql(`mutation { pauseQueue { __typename } }`, undefined, AUTH);
  const refused = tasks.filter((t) => t.status === "ERROR" && /MAX_TASKS_PER_MINUTE=30/.test(t.errorMessage ?? ""));
  expect(refused.length).toBeGreaterThan(0);
  expect(refused[0]!.errorMessage).toMatch(/the playlist has 20 entries, more than its submitter may add now/);
  // 10 paid when added, then 20 (one playlist's 19 more) fit in 30: never the 200 the playlists hold.
  expect(tasks.length).toBeLessThanOrEqual(PER_MINUTE + 1);

  const retried = await server.gql(`mutation($ids: [ID!]!) { retryDownloads(ids: $ids) { __typename ... on RateLimitedError { retryAfterSeconds } } }`, { ids: refused.map((t) => t.id) }, AUTH);
  expect((retried.body.data!.retryDownloads as { __typename: string }).__typename).toBe("RateLimitedError");
  const feed = await server.gql(`mutation($url: String!) { addFeed(input: { url: $url, backfill: 50 }) { __typename } }`, { url: fixture.url("/feed.rss?n=60") }, AUTH);
  expect((feed.body.data!.addFeed as { __typename: string }).__typename).toBe("RateLimitedError");
}, 120_000);
