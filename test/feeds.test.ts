import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { FINAL, spawnServerProcess, rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest } from "./openapi.js";

/** Feeds with real yt-dlp: a fixture RSS feed the test grows while it runs. */

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

const FEED = "id title url enabled checkEveryMinutes lastCheckedAt nextCheckAt lastError failures entryCount";
const ENTRIES = "entries(first: 50) { totalCount edges { node { entryId title url state reason download { id status filename } } } }";
type Entry = { entryId: string; title: string; state: string; reason: string | null; download: { id: string; status: string; filename: string | null } | null };
type Feed = { id: string; title: string; lastError: string | null; failures: number; nextCheckAt: string; entries: { totalCount: number; edges: Array<{ node: Entry }> } };
type Check = { found: number; new: number; queued: number; filtered: number; downloads: Array<{ id: string; title: string }> };

const call = rootField;

export async function addFeed(on: TestServer, input: Record<string, unknown>): Promise<Feed> {
  const feed = await call<Feed & { message?: string }>(on, `mutation($input: AddFeedInput!) { addFeed(input: $input) { __typename ... on Feed { ${FEED} ${ENTRIES} } ... on Error { message } } }`, { input });
  if (!feed.id) throw new Error(feed.message);
  return feed;
}

export async function checkFeed(on: TestServer, id: string): Promise<Check & { message?: string }> {
  const result = await call<{ check?: Check; message?: string }>(
    on,
    `mutation($id: ID!) { checkFeed(id: $id) { __typename ... on CheckFeedPayload { check { found new queued filtered downloads { id title } } } ... on Error { message } } }`,
    { id },
  );
  return result.check ?? ({ message: result.message } as Check & { message?: string });
}

const feedOf = (on: TestServer, id: string) => call<Feed>(on, `query($id: ID!) { feed(id: $id) { ${FEED} ${ENTRIES} } }`, { id });
const states = (feed: Feed) => feed.entries.edges.map((edge) => `${edge.node.title}: ${edge.node.state}`).sort();
const finished = (on: TestServer, ids: string[]) =>
  waitFor(async () => {
    const tasks = await Promise.all(ids.map((id) => call<{ status: string; filename: string | null; feed: { id: string } | null }>(on, `query($id: ID!) { download(id: $id) { status filename feed { id } } }`, { id })));
    return tasks.every((task) => FINAL.includes(task.status)) && tasks;
  }, { what: "the feed's tasks" });

describe("feeds", () => {
  it("records what a new feed lists as seen, queues exactly the new entries of a check with the feed's preset, and nothing twice", async () => {
    const source = fixture.feed("podcast");
    source.add({ title: "Episode 1" }, { title: "Episode 2" }, { title: "Episode 3" });
    const preset = await call<{ id: string }>(server, `mutation { createPreset(input: { name: "Feed MKV", options: { container: MKV } }) { ... on Preset { id } } }`);
    const feed = await addFeed(server, { url: source.url, presetId: preset.id });
    expect(feed.title).toBe("Feed podcast");
    expect(states(feed)).toEqual(["Episode 1: SEEN", "Episode 2: SEEN", "Episode 3: SEEN"]);

    source.add({ title: "Episode 4" }, { title: "Episode 5" });
    const check = await checkFeed(server, feed.id);
    expect(check).toMatchObject({ found: 5, new: 2, queued: 2, filtered: 0 });
    expect(check.downloads.map((d) => d.title)).toEqual(["Episode 4", "Episode 5"]); // newest last
    const tasks = await finished(server, check.downloads.map((d) => d.id));
    for (const task of tasks) expect(task).toMatchObject({ status: "COMPLETED", feed: { id: feed.id } });
    expect(tasks.every((task) => task.filename?.endsWith(".mkv"))).toBe(true);

    expect(await checkFeed(server, feed.id)).toMatchObject({ found: 5, new: 0, queued: 0 });
    const after = await feedOf(server, feed.id);
    expect(states(after)).toEqual(["Episode 1: SEEN", "Episode 2: SEEN", "Episode 3: SEEN", "Episode 4: QUEUED", "Episode 5: QUEUED"]);
  });

  it("backfills the newest N of a new feed", async () => {
    const source = fixture.feed("backfill");
    source.add(...[1, 2, 3, 4, 5].map((n) => ({ title: `Show ${n}` })));
    const feed = await addFeed(server, { url: source.url, backfill: 2 });
    expect(states(feed)).toEqual(["Show 1: SEEN", "Show 2: SEEN", "Show 3: SEEN", "Show 4: QUEUED", "Show 5: QUEUED"]);
  });

  it("keeps entries out by title and duration, recording why", async () => {
    const source = fixture.feed("filtered");
    const feed = await addFeed(server, { url: source.url, filters: { titleExcludes: "trailer", maxDurationSeconds: 60 } });
    source.add({ title: "Episode", durationSeconds: 30 }, { title: "Official Trailer", durationSeconds: 30 }, { title: "Long one", durationSeconds: 600 });
    expect(await checkFeed(server, feed.id)).toMatchObject({ new: 3, queued: 1, filtered: 2 });
    const entries = (await feedOf(server, feed.id)).entries.edges.map((edge) => edge.node);
    expect(entries.find((e) => e.title === "Official Trailer")).toMatchObject({ state: "FILTERED", reason: "title matches trailer" });
    expect(entries.find((e) => e.title === "Long one")).toMatchObject({ state: "FILTERED", reason: "longer than 60 s (600 s)" });
    expect(entries.find((e) => e.title === "Episode")?.state).toBe("QUEUED");
  });

  it("records an entry some task downloaded already instead of queueing it again", async () => {
    const source = fixture.feed("known");
    const feed = await addFeed(server, { url: source.url });
    const url = fixture.url("/clip.mp4?feed=known&item=1");
    const [task] = await call<{ downloads: Array<{ id: string }> }>(server, `mutation($url: String!) { addDownload(input: { url: $url }) { ... on AddDownloadPayload { downloads { id } } } }`, { url }).then((r) => r.downloads);
    await finished(server, [task!.id]);
    source.add({ title: "Known" });
    expect(await checkFeed(server, feed.id)).toMatchObject({ new: 1, queued: 0 });
    const [entry] = (await feedOf(server, feed.id)).entries.edges.map((edge) => edge.node);
    expect(entry).toMatchObject({ state: "ALREADY_DOWNLOADED", download: { id: task!.id } });
  });

  it("says why a check failed and backs off; once the source answers, the next check queues what is new", async () => {
    const source = fixture.feed("flaky");
    source.add({ title: "Before" });
    const feed = await addFeed(server, { url: source.url });
    source.failWith(500);
    const failed = await checkFeed(server, feed.id);
    expect(failed.message).toMatch(/500/);
    const down = await feedOf(server, feed.id);
    expect(down.lastError).toMatch(/500/);
    expect(down.failures).toBe(1);
    expect(down.entries.totalCount).toBe(1); // kept as they were
    source.failWith(undefined);
    source.add({ title: "After" });
    expect(await checkFeed(server, feed.id)).toMatchObject({ new: 1, queued: 1 });
    expect(await feedOf(server, feed.id)).toMatchObject({ lastError: null, failures: 0 });
  });

  it("works over REST as the OpenAPI document says: add, read, pause, check, remove with its tasks", async () => {
    const source = fixture.feed("rest");
    source.add({ title: "One" });
    const added = await rest(server.url, "/api/feeds", jsonBody({ url: source.url, check_every_minutes: 30, filters: { title_excludes: "teaser" } }));
    expect(added.status).toBe(201);
    const feed = added.body as { id: string; title: string; entry_count: number; filters: { title_excludes: string } };
    expect(feed).toMatchObject({ title: "Feed rest", entry_count: 1, filters: { title_excludes: "teaser" } });
    expect((await rest(server.url, "/api/feeds", jsonBody({ url: source.url, check_every_minutes: 1 }))).status).toBe(400);
    expect((await rest(server.url, `/api/feeds/${feed.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ enabled: false }) })).body).toMatchObject({ enabled: false });
    source.add({ title: "Two" });
    const check = await rest(server.url, `/api/feeds/${feed.id}/check`, { method: "POST" });
    expect(check.status).toBe(200);
    const checked = check.body as { queued: number; downloads: Array<{ id: string; title: string; status: string }> };
    expect(checked).toMatchObject({ queued: 1, downloads: [{ title: "Two" }] });
    await finished(server, [checked.downloads[0]!.id]);
    expect((await rest(server.url, `/api/feeds/${feed.id}?remove_downloads=true`, { method: "DELETE" })).status).toBe(204);
    expect((await rest(server.url, `/api/feeds/${feed.id}`)).status).toBe(404);
    expect((await rest(server.url, `/api/downloads/${checked.downloads[0]!.id}`)).status).toBe(404);
    source.failWith(500);
    const failing = (await rest(server.url, "/api/feeds", jsonBody({ url: source.url }))).body;
    expect(JSON.stringify(failing)).toMatch(/url: could not be listed/);
  });

  it("tells a subscriber what a check did, and the new tasks' events follow", async () => {
    const source = fixture.feed("watched");
    const feed = await addFeed(server, { url: source.url });
    const client = server.ws();
    const seen: string[] = [];
    const subscribe = (query: string) =>
      client.subscribe({ query }, { next: (event) => void seen.push(JSON.stringify(event.data)), error: () => undefined, complete: () => undefined });
    const off = [subscribe(`subscription { feedEvents { kind queued feed { id } cursor } }`), subscribe(`subscription { downloadEvents { __typename download { title status feed { id } } } }`)];
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // both subscriptions are up
      source.add({ title: "Watched episode" });
      await checkFeed(server, feed.id);
      await waitFor(() => seen.some((e) => e.includes('"status":"COMPLETED"') && e.includes("Watched episode")), { what: "the task's completion event" });
      const checked = seen.map((e) => JSON.parse(e) as { feedEvents?: { kind: string; queued: number; feed: { id: string }; cursor: string } }).find((e) => e.feedEvents?.feed.id === feed.id)!.feedEvents!;
      expect(checked).toMatchObject({ kind: "CHECKED", queued: 1 });
      expect(seen.some((e) => e.includes("DownloadAdded") && e.includes("Watched episode") && e.includes(feed.id))).toBe(true);
      // Resumed from that cursor by another client: what happened since, and nothing before.
      source.failWith(503);
      await checkFeed(server, feed.id);
      const resumed: Array<{ kind: string; error: string | null }> = [];
      const offResumed = server.ws().subscribe(
        { query: `subscription($after: String) { feedEvents(after: $after) { kind error } }`, variables: { after: checked.cursor } },
        { next: (event) => void resumed.push((event.data as { feedEvents: { kind: string; error: string | null } }).feedEvents), error: () => undefined, complete: () => undefined },
      );
      await waitFor(() => resumed.length > 0, { what: "the events since the cursor" });
      offResumed();
      expect(resumed[0]).toMatchObject({ kind: "FAILED", error: expect.stringMatching(/503/) });
    } finally {
      for (const unsubscribe of off) unsubscribe();
    }
  });

  it("refuses a URL that lists no entries, naming url", async () => {
    const result = await server.gqlRaw(`mutation($url: String!) { addFeed(input: { url: $url }) { ... on InvalidInputError { field message } } }`, { url: fixture.url("/clip.mp4") });
    expect(result.data).toMatchObject({ addFeed: { field: "url" } });
    expect(await call<unknown[]>(server, "{ feeds { id url } }")).not.toContainEqual(expect.objectContaining({ url: fixture.url("/clip.mp4") }));
  });

  it("checks due feeds by itself, and after a restart queues nothing twice", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mds-feeds-"));
    const scheduled = await startTestServer({ FEED_MINUTE_MS: "20" }, dir); // 5 "minutes": 100 ms
    const source = fixture.feed("scheduled");
    try {
      const feed = await addFeed(scheduled, { url: source.url, checkEveryMinutes: 5 });
      source.add({ title: "On its own" });
      const queued = await waitFor(async () => (await feedOf(scheduled, feed.id)).entries.edges.find((edge) => edge.node.state === "QUEUED"), { what: "a scheduled check" });
      expect(queued.node.title).toBe("On its own");
      await scheduled.stop();
      const again = await startTestServer({ FEED_MINUTE_MS: "20" }, dir);
      try {
        source.add({ title: "After the restart" });
        await waitFor(async () => (await feedOf(again, feed.id)).entries.edges.some((edge) => edge.node.title === "After the restart"), { what: "a check after the restart" });
        await new Promise((resolve) => setTimeout(resolve, 500)); // several more checks
        const entries = (await feedOf(again, feed.id)).entries.edges.map((edge) => edge.node);
        expect(entries.map((e) => `${e.title}: ${e.state}`).sort()).toEqual(["After the restart: QUEUED", "On its own: QUEUED"]);
        const tasks = await call<Array<{ feed: { id: string } | null; title: string }>>(again, `{ downloads(limit: 100) { title feed { id } } }`);
        expect(tasks.filter((t) => t.feed?.id === feed.id).map((t) => t.title).sort()).toEqual(["After the restart", "On its own"]);
      } finally {
        await again.stop();
      }
    } finally {
      await scheduled.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("queues what a check recorded but stopped before queueing (a crash between the two writes), once", async () => {
    const source = fixture.feed("half-done");
    const feed = await addFeed(server, { url: source.url });
    // What a check that died after writing its records would leave: an entry recorded as queued, its task never inserted.
    const db = new Database(server.config.databaseUrl.replace(/^file:/, ""));
    const taskId = randomUUID();
    db.prepare(`INSERT INTO "FeedEntry" (id, feedId, entryKey, title, url, state, reason, downloadId, createdAt) VALUES (?, ?, ?, ?, ?, 'queued', '', ?, ?)`).run(
      randomUUID(), feed.id, "Generic:half-done-1", "Half done", fixture.url("/clip.mp4?feed=half-done&item=1"), taskId, new Date().toISOString().replace("Z", "+00:00"),
    );
    db.close();
    source.add({ title: "Half done" }); // the source still lists it: it is known, not new
    expect(await checkFeed(server, feed.id)).toMatchObject({ new: 0 });
    await finished(server, [taskId]);
    expect(await checkFeed(server, feed.id)).toMatchObject({ new: 0, queued: 0 });
    const tasks = await call<Array<{ id: string; feed: { id: string } | null }>>(server, `{ downloads(limit: 500) { id feed { id } } }`);
    expect(tasks.filter((t) => t.feed?.id === feed.id).map((t) => t.id)).toEqual([taskId]);
  });

  it("kill -9 during a check loses nothing and queues nothing twice", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mds-feeds-kill-"));
    const source = fixture.feed("killed");
    const start = async () => {
      const { child, port } = await spawnServerProcess({ DATA_DIR: dir });
      return { child, base: `http://127.0.0.1:${port}` };
    };
    const post = async (base: string, query: string, variables: Record<string, unknown>) =>
      ((await (await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, Record<string, unknown>> }).data;
    const check = `mutation($id: ID!) { checkFeed(id: $id) { __typename ... on CheckFeedPayload { check { new queued } } ... on Error { message } } }`;
    let first = await start();
    try {
      source.add({ title: "Before" });
      const added = await post(first.base, `mutation($url: String!) { addFeed(input: { url: $url }) { ... on Feed { id } } }`, { url: `${source.url}?delay=1000` });
      const id = added.addFeed!.id as string;
      source.add({ title: "During 1" }, { title: "During 2" });
      void post(first.base, check, { id }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500)); // the check is listing the source
      first.child.kill("SIGKILL");
      await new Promise((resolve) => first.child.once("exit", resolve));
      first = await start();
      expect((await post(first.base, check, { id })).checkFeed).toMatchObject({ check: { new: 2, queued: 2 } });
      expect((await post(first.base, check, { id })).checkFeed).toMatchObject({ check: { new: 0, queued: 0 } });
      const { downloads } = await post(first.base, `{ downloads(limit: 100) { title feed { id } } }`, {});
      expect((downloads as unknown as Array<{ title: string }>).map((t) => t.title).sort()).toEqual(["During 1", "During 2"]);
    } finally {
      first.child.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  });
});
