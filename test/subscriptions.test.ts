import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, GetDownload, WatchDownload, WatchEvents } from "./documents.js";
import { collect, FINAL, ok, startTestServer, waitFor, type TestServer } from "./helpers.js";

const INTERVAL_MS = 200;
let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ PROGRESS_INTERVAL_MS: String(INTERVAL_MS), MAX_CONCURRENT_DOWNLOADS: "4" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

const add = async (route: string) =>
  ok((await server.gql(AddDownload, { input: { url: fixture.url(route) } })).addDownload).downloads[0]!.id;

type Update = { downloadUpdated: { id: string; status: string; progress: number } };
const isFinal = (events: Update[]) => FINAL.includes(events.at(-1)!.downloadUpdated.status);

describe("downloadUpdated", () => {
  it("reports progress rising to 100, then processing, then completed as the last event", async () => {
    // DASH through the throttled route: two streams over a few seconds, then a merge.
    const id = await add("/slow/25000/dash/manifest.mpd");
    const events = (await collect(server.ws(), WatchDownload, { id }, isFinal)).map((e) => e.downloadUpdated);

    expect(events.every((e) => e.id === id)).toBe(true);
    const progress = events.filter((e) => e.status === "DOWNLOADING").map((e) => e.progress);
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
    const statuses = events.map((e) => e.status).filter((s, i, all) => s !== all[i - 1]);
    expect(statuses.slice(-2)).toEqual(["PROCESSING", "COMPLETED"]);
    expect(events.at(-1)!.progress).toBe(100);
    expect(Math.max(...events.filter((e) => e.status !== "COMPLETED").map((e) => e.progress))).toBeLessThanOrEqual(100);
  });

  it("with an id sees only that task; without one sees every task", async () => {
    const one = await add("/slow/150000/clip.mp4?one");
    const two = await add("/slow/150000/clip.mp4?two");
    const [filtered, all] = await Promise.all([
      collect(server.ws(), WatchDownload, { id: one }, isFinal),
      collect(server.ws(), WatchDownload, {}, (events) => {
        const done = new Set(events.filter((e) => e.downloadUpdated.status === "COMPLETED").map((e) => e.downloadUpdated.id));
        return done.has(one) && done.has(two);
      }),
    ]);
    expect(new Set(filtered.map((e) => e.downloadUpdated.id))).toEqual(new Set([one]));
    const seen = new Set(all.map((e) => e.downloadUpdated.id));
    expect(seen.has(one) && seen.has(two)).toBe(true);
  });

  it("gives two subscribers the same final state, and a reconnecting one the true final state", async () => {
    const id = await add("/slow/250000/long.mp4");
    const watchers = [collect(server.ws(), WatchDownload, { id }, isFinal), collect(server.ws(), WatchDownload, { id }, isFinal)];

    // A third client leaves after its first progress tick, then comes back.
    const early = server.ws();
    await collect(early, WatchDownload, { id }, (events) => events.some((e) => e.downloadUpdated.progress > 0));
    await early.dispose();
    const back = await collect(server.ws(), WatchDownload, { id }, isFinal);

    const finals = (await Promise.all(watchers)).map((events) => events.at(-1)!.downloadUpdated);
    const truth = (await server.gql(GetDownload, { id })).download!;
    expect(truth.status).toBe("COMPLETED");
    for (const last of [...finals, back.at(-1)!.downloadUpdated]) {
      expect(last).toEqual({ id, status: "COMPLETED", progress: 100, downloadedBytes: truth.filesize });
    }
  });

  it("starts with the current state of a running task", async () => {
    const id = await add("/slow/200000/long.mp4?current");
    await waitFor(async () => {
      const { download } = await server.gql(GetDownload, { id });
      return download!.status === "DOWNLOADING" && download!.progress > 0;
    });
    const [first] = await collect(server.ws(), WatchDownload, { id }, () => true);
    expect(first!.downloadUpdated).toMatchObject({ id, status: "DOWNLOADING" });
    expect(first!.downloadUpdated.progress).toBeGreaterThan(0);
  });

  it("sends progress ticks no faster than PROGRESS_INTERVAL_MS per task", async () => {
    const id = await add("/slow/150000/long.mp4?rate");
    const received: Array<{ at: number; status: string }> = [];
    await collect(server.ws(), WatchDownload, { id }, (events) => {
      received.push({ at: Date.now(), status: events.at(-1)!.downloadUpdated.status });
      return isFinal(events);
    });
    const ticks = received.filter((e) => e.status === "DOWNLOADING");
    const seconds = (ticks.at(-1)!.at - ticks[0]!.at) / 1000;
    expect(seconds).toBeGreaterThan(2); // the download lasted long enough to measure
    // At most one tick per interval (plus the first one and the status change to downloading).
    expect(ticks.length).toBeLessThanOrEqual(Math.floor((seconds * 1000) / INTERVAL_MS) + 2);
    expect(ticks.length / seconds).toBeLessThanOrEqual(1000 / INTERVAL_MS + 1);
  });
});

describe("downloadEvents", () => {
  it("tells additions, progress ticks and status changes apart, ending with the final state", async () => {
    const client = server.ws();
    let id = "";
    const eventsPromise = collect(client, WatchEvents, {}, (events) =>
      events.some((e) => e.downloadEvents.download.id === id && e.downloadEvents.download.status === "COMPLETED"),
    );
    await new Promise((r) => setTimeout(r, 200)); // let the subscription start
    id = await add("/slow/100000/clip.mp4?events");
    const mine = (await eventsPromise).map((e) => e.downloadEvents).filter((e) => e.download.id === id);

    expect(mine[0]).toMatchObject({ __typename: "DownloadAdded", download: { status: "PENDING" } });
    const changes = mine.filter((e) => e.__typename === "DownloadStatusChanged");
    expect(changes.map((e) => [e.previousStatus, e.download.status])).toEqual([
      ["PENDING", "DOWNLOADING"],
      ["DOWNLOADING", "COMPLETED"],
    ]);
    const ticks = mine.filter((e) => e.__typename === "DownloadProgressed");
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((e) => e.download.status === "DOWNLOADING")).toBe(true);
    expect(mine.at(-1)).toMatchObject({ __typename: "DownloadStatusChanged", download: { status: "COMPLETED" } });
  });
});

describe("resources", () => {
  it("frees a subscription when its client disconnects", async () => {
    const id = await add("/slow/200000/long.mp4?leave");
    const before = server.downloads.bus.listenerCount();
    const client = server.ws();
    const ended = collect(client, WatchDownload, { id }, isFinal).catch((error: Error) => error.message);
    await waitFor(() => server.downloads.bus.listenerCount() === before + 1, { what: "the subscription to start" });
    await client.dispose();
    expect(await ended).toMatch(/ended early|closed|1000/);
    await waitFor(() => server.downloads.bus.listenerCount() === before, { what: "the listener to be released" });
  });

  it("closes sockets and subscriptions cleanly when the server stops", async () => {
    const other = await startTestServer();
    const id = ok((await other.gql(AddDownload, { input: { url: fixture.url("/slow/100000/long.mp4?stop") } })).addDownload).downloads[0]!.id;
    const client = other.ws();
    let closed: { code: number } | undefined;
    client.on("closed", (event) => (closed = event as { code: number }));
    const ended = collect(client, WatchDownload, { id }, isFinal).catch((error: unknown) => error);
    const before = other.downloads.bus.listenerCount(); // the server's own (logs, metrics)
    await waitFor(() => other.downloads.subscriberCount === 1, { what: "the subscription to start" });
    expect(other.downloads.bus.listenerCount()).toBe(before + 1);
    await other.stop();
    expect(await ended).toBeDefined();
    expect(closed?.code).toBe(1001); // "going away", sent by the server as it shuts down
    expect(other.downloads.subscriberCount).toBe(0);
    expect(other.downloads.bus.listenerCount()).toBe(before);
  });
});
