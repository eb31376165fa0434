import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload } from "./documents.js";
import { ok, startTestServer, waitFor, type TestServer } from "./helpers.js";

const EVENTS = `subscription($after: String) {
  downloadEvents(after: $after) { __typename cursor download { id status } }
}`;

type Event = { __typename: string; cursor: string; download: { id: string; status: string } };

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

/** A live subscription that keeps what it receives; `stop` ends it. */
function listen(client: Client, after?: string) {
  const events: Event[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<{ downloadEvents: Event }>(
    { query: EVENTS, variables: { after } },
    { next: (r) => (r.errors ? errors.push(r.errors) : events.push(r.data!.downloadEvents)), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { events, errors, stop };
}

const add = (server: TestServer, url: string) =>
  server.gql(AddDownload, { input: { url } }).then((r) => ok(r.addDownload).downloads[0]!.id);

const ended = (events: Event[], id: string) => events.some((e) => e.download.id === id && ["COMPLETED", "ERROR"].includes(e.download.status));

/** What a resuming client should get: the events after `cursor`, ticks collapsed to each task's latest. */
function missedAfter(all: Event[], cursor: string): Event[] {
  const missed = all.slice(all.findIndex((e) => e.cursor === cursor) + 1).filter((e) => e.__typename !== "DownloadSnapshot");
  const last = new Map(missed.map((e) => [e.download.id, e.cursor]));
  return missed.filter((e) => e.__typename !== "DownloadProgressed" || last.get(e.download.id) === e.cursor);
}

it("replays exactly what a dropped client missed, in order, none twice, then goes live", async () => {
  const server = await startTestServer();
  try {
    const observer = listen(server.ws());
    const first = await add(server, fixture.url("/clip.mp4?before-drop"));
    const client = server.ws();
    const before = listen(client);
    await waitFor(() => ended(before.events, first), { what: "the first task to end" });
    const cursor = before.events.at(-1)!.cursor;
    await client.dispose(); // the socket is gone

    const missed = [await add(server, fixture.url("/page.html?while-away")), await add(server, fixture.url("/missing.mp4?while-away"))];
    await waitFor(() => missed.every((id) => ended(observer.events, id)), { what: "the tasks added meanwhile to end" });

    const resumed = listen(server.ws(), cursor);
    const expected = missedAfter(observer.events, cursor);
    await waitFor(() => resumed.events.length >= expected.length, { what: "the replay" });
    expect(resumed.events.map((e) => e.cursor)).toEqual(expected.map((e) => e.cursor));
    expect(resumed.events.filter((e) => e.__typename === "DownloadStatusChanged")).toHaveLength(
      observer.events.filter((e) => missed.includes(e.download.id) && e.__typename === "DownloadStatusChanged").length,
    );

    const live = await add(server, fixture.url("/clip.mp4?after-resume"));
    await waitFor(() => ended(resumed.events, live), { what: "live events after the replay" });
    const cursors = resumed.events.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(resumed.errors).toEqual([]);
  } finally {
    await server.stop();
  }
});

it("answers CURSOR_EXPIRED for a cursor older than the retention", async () => {
  const server = await startTestServer({ EVENT_RETENTION: "100", MAX_CONCURRENT_DOWNLOADS: "1" });
  try {
    await add(server, fixture.url("/slow/20000/long.mp4?blocker")); // keeps the queue busy: the rest only queue
    const watcher = listen(server.ws());
    await add(server, fixture.url("/clip.mp4?first"));
    await waitFor(() => watcher.events.length > 0, { what: "a first event" });
    const old = watcher.events[0]!.cursor;
    for (let i = 0; i < 120; i++) await add(server, fixture.url(`/clip.mp4?filler=${i}`));
    const late = listen(server.ws(), old);
    await waitFor(() => late.errors.length > 0, { what: "the refusal" });
    expect(JSON.stringify(late.errors)).toMatch(/CURSOR_EXPIRED/);
  } finally {
    await server.stop();
  }
});

it("resumes across a server restart: a cursor from before, the events after", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-resume-"));
  try {
    const first = await startTestServer({}, dataDir);
    const watcher = listen(first.ws());
    const before = await add(first, fixture.url("/clip.mp4?before-restart"));
    await waitFor(() => ended(watcher.events, before), { what: "the first task to end" });
    const cursor = watcher.events.at(-1)!.cursor;
    await first.stop();

    const second = await startTestServer({}, dataDir);
    try {
      const after = await add(second, fixture.url("/clip.mp4?after-restart"));
      const resumed = listen(second.ws(), cursor);
      await waitFor(() => ended(resumed.events, after), { what: "the new task's events" });
      expect(resumed.events[0]).toMatchObject({ __typename: "DownloadAdded", download: { id: after } });
      expect(resumed.events.some((e) => e.download.id === before)).toBe(false);
      expect(resumed.errors).toEqual([]);
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

it("ends downloadUpdated for an unknown id with NOT_FOUND", async () => {
  const server = await startTestServer();
  try {
    const errors = await new Promise<unknown>((resolve) => {
      server.ws().subscribe(
        { query: `subscription { downloadUpdated(id: "does-not-exist") { id } }` },
        { next: (r) => resolve(r.errors), error: resolve, complete: () => resolve("completed without an error") },
      );
    });
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "NOT_FOUND" }) })]);
  } finally {
    await server.stop();
  }
});
