import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RestDownloadFragment } from "../src/gql/graphql.js";
import { ListDownloads } from "../src/rest/documents.js";
import { toContract } from "../src/rest/downloads.js";
import type { TaskStore } from "../src/store/tasks.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, startTestServer, waitFor, type TestServer } from "./helpers.js";

/**
 * The contract's listing is kept in memory and brought up to date from the task events
 * (rest/listing.ts). Whatever happens to the tasks (added, a feed's entries, downloaded, failed,
 * retried, removed, cleared), every query's answer is what a fresh GraphQL read gives.
 */
let server: TestServer;
let fixture: FixtureServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

const QUERIES = ["", "?status=completed", "?status=error,cancelled", "?download_type=audio", "?limit=2&offset=1", "?offset=3"];

/** The contract as GraphQL reads it now, with the REST query's filters. */
async function freshRead(query: string): Promise<unknown[]> {
  const params = new URLSearchParams(query);
  const status = params.get("status")?.toUpperCase().split(",");
  const downloadType = params.get("download_type")?.toUpperCase();
  const limit = params.has("limit") ? Number(params.get("limit")) : undefined;
  const offset = Number(params.get("offset") ?? 0);
  const { data } = await server.gqlRaw(print(ListDownloads), { status, downloadType, limit, offset });
  return JSON.parse(JSON.stringify((data as { downloads: RestDownloadFragment[] }).downloads.map(toContract)));
}

const rest = async (query: string) => (await fetch(`${server.url}/api/downloads${query}`)).json();

async function expectListingsFresh(): Promise<void> {
  for (const query of QUERIES) expect(await rest(query), `GET /api/downloads${query}`).toEqual(await freshRead(query));
}

const add = async (body: Record<string, unknown>) => {
  const res = await fetch(`${server.url}/api/downloads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
};

const allFinished = () =>
  waitFor(async () => {
    const { data } = await server.gqlRaw(`{ downloads { status } }`);
    return (data as { downloads: Array<{ status: string }> }).downloads.every((d) => FINAL.includes(d.status)) || undefined;
  }, { what: "every task to finish" });

it("answers what GraphQL reads after every kind of change", async () => {
  await expectListingsFresh(); // empty, and read once: from here on it follows the events
  await add({ url: fixture.url("/clip.mp4") });
  await add({ url: fixture.url("/missing.mp4") });
  await add({ url: fixture.url("/clip.mp4?audio"), download_type: "audio" });
  await allFinished();
  await expectListingsFresh();

  await add({ url: fixture.url("/feed.rss") }); // one task that becomes entry 1 of 3
  await allFinished();
  await expectListingsFresh();

  const listed = (await rest("")) as Array<{ id: string; status: string }>;
  const failed = listed.find((d) => d.status === "error")!;
  expect((await fetch(`${server.url}/api/downloads/${failed.id}/retry`, { method: "POST" })).status).toBe(200);
  await allFinished();
  await expectListingsFresh();

  expect((await fetch(`${server.url}/api/downloads/${listed[0]!.id}`, { method: "DELETE" })).status).toBe(204);
  await expectListingsFresh();
  expect((await fetch(`${server.url}/api/downloads?status=completed`, { method: "DELETE" })).status).toBe(200);
  await expectListingsFresh();
  expect(await rest("")).toHaveLength(1); // the failed one is left
}, 120_000);

it("reads everything again when events were lost", async () => {
  const before = (await rest("")) as unknown[];
  // Rows written without an event, as if this instance had missed them; then the bus says events were lost.
  const id = randomUUID();
  await (server.downloads as unknown as { tasks: TaskStore }).tasks.insertEntries([
    { id, groupId: id, url: "https://example.com/unseen", title: "Unseen", status: "completed", quality: "best", downloadType: "video", createdAt: new Date() },
  ]);
  expect(await rest("")).toEqual(before);
  server.downloads.bus.interrupt();
  expect(((await rest("")) as Array<{ id: string }>).map((d) => d.id)).toContain(id);
  await expectListingsFresh();
});

it("answers 304 to the ETag of an unchanged listing, and a new tag after a change", async () => {
  const first = await fetch(`${server.url}/api/downloads`);
  const etag = first.headers.get("etag")!;
  expect((await fetch(`${server.url}/api/downloads`, { headers: { "if-none-match": etag } })).status).toBe(304);
  await add({ url: fixture.url("/missing.mp4?again") });
  const after = await fetch(`${server.url}/api/downloads`, { headers: { "if-none-match": etag } });
  expect(after.status).toBe(200);
  expect(after.headers.get("etag")).not.toBe(etag);
  await allFinished();
});
