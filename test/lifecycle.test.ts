import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import {
  AddDownload,
  CancelDownload,
  CancelGroup,
  ClearDownloads,
  GetDownload,
  GroupOf,
  ListDownloads,
  RemoveDownload,
  RetryDownload,
  WatchDownload,
} from "./documents.js";
import { collect, FINAL, ok, processesInGroup, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { rest } from "./openapi.js";

let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "3" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

type Input = { url: string; downloadType?: "VIDEO" | "AUDIO"; quality?: string };
const add = async (input: Input, on = server) => ok((await on.gql(AddDownload, { input: { ...input, url: input.url } })).addDownload).downloads[0]!;
const get = async (id: string, on = server) => (await on.gql(GetDownload, { id })).download;
const finished = (id: string, on = server) =>
  waitFor(async () => {
    const d = await get(id, on);
    return d && FINAL.includes(d.status) ? d : undefined;
  }, { what: `download ${id} to finish` });

const probe = async (file: string) => {
  const { stdout } = await promisify(execFile)("ffprobe", [
    "-v", "error", "-show_entries", "stream=codec_type,height", "-of", "json", file,
  ]);
  return (JSON.parse(stdout) as { streams: Array<{ codec_type: string; height?: number }> }).streams;
};

/** Processes whose command line mentions the task id (yt-dlp and its ffmpeg children). */
async function processesOf(id: string): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((p) => /^\d+$/.test(p));
  const found: number[] = [];
  for (const pid of pids) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmd.includes(id)) found.push(Number(pid));
  }
  return found;
}

/** The process group a running task's yt-dlp leads (the live row's pid). */
const groupOf = async (id: string) => (await server.downloads.get(id))!.pid!;

const filesOf = async (id: string) => (await readdir(server.config.downloadDir)).filter((f) => f.includes(id));

describe("playlists", () => {
  it("turns an RSS feed of 3 into 3 tasks, 1..3 of 3, each with its own title and file", async () => {
    const first = await add({ url: fixture.url("/feed.rss") });
    const group = await waitFor(async () => {
      const tasks = (await server.gql(GroupOf, { id: first.id })).download!.group;
      return tasks.length === 3 && tasks.every((t) => t.status === "COMPLETED") ? tasks : undefined;
    }, { what: "the playlist to finish" });

    expect(group.map((t) => [t.playlistIndex, t.playlistTotal, t.isPlaylist])).toEqual([
      [1, 3, true],
      [2, 3, true],
      [3, 3, true],
    ]);
    expect(group[0]!.id).toBe(first.id); // the submission became entry 1
    expect(new Set(group.map((t) => t.groupId))).toEqual(new Set([first.id]));
    expect(group.map((t) => t.title)).toEqual(["Feed Item 1", "Feed Item 2", "Feed Item 3"]);
    expect(group.map((t) => t.url)).toEqual([1, 2, 3].map((n) => fixture.url(`/clip.mp4?item=${n}`)));
    for (const task of group) {
      expect(task.filename).toBe(`${task.title}__${task.id}.mp4`);
      expect((await stat(path.join(server.config.downloadDir, task.filename!))).size).toBe(task.filesize);
    }
  });

  it("expands a feed of 300 without holding up other requests, and cancels it as a group", async () => {
    const first = await add({ url: fixture.url("/feed.rss?n=300&delay=1500") });
    // While yt-dlp lists the feed, the server keeps answering; the task has started but stays pending (it downloads nothing yet).
    await waitFor(async () => (await get(first.id))!.startedAt !== null, { what: "the feed to be listed" });
    for (let i = 0; i < 5; i++) expect((await get(first.id))!.status).toBe("PENDING");
    const group = await waitFor(async () => {
      const tasks = (await server.gql(GroupOf, { id: first.id })).download!.group;
      return tasks.length === 300 ? tasks : undefined;
    }, { what: "300 entries" });
    expect(group.map((t) => t.playlistIndex)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(group.every((t) => t.playlistTotal === 300)).toBe(true);

    const { downloads } = ok((await server.gql(CancelGroup, { groupId: first.id })).cancelGroup);
    expect(downloads).toHaveLength(300);
    expect(downloads.every((t) => ["CANCELLED", "COMPLETED"].includes(t.status))).toBe(true);
    expect(downloads.filter((t) => t.status === "CANCELLED").length).toBeGreaterThan(250);
  });

  it("cancels a playlist while it is still being listed: no entries appear", async () => {
    const task = await add({ url: fixture.url("/feed.rss?n=50&delay=3000&cancel") });
    await waitFor(async () => (await get(task.id))!.startedAt !== null, { what: "the feed to be listed" });
    expect((await get(task.id))!.status).toBe("PENDING");
    const { cancelDownload } = await server.gql(CancelDownload, { id: task.id });
    expect(ok(cancelDownload).status).toBe("CANCELLED");
    await new Promise((r) => setTimeout(r, 3500));
    expect((await server.gql(GroupOf, { id: task.id })).download!.group).toHaveLength(1);
  });
});

describe("audio", () => {
  it("extracts audio only, as mp3, and says so in format_note", async () => {
    const task = await add({ url: fixture.url("/clip.mp4?audio"), downloadType: "AUDIO" });
    const done = await finished(task.id);
    expect(done.status).toBe("COMPLETED");
    expect(done.downloadType).toBe("AUDIO");
    expect(done.filename).toMatch(/\.mp3$/);
    const streams = await probe(path.join(server.config.downloadDir, done.filename!));
    expect(streams.map((s) => s.codec_type)).toEqual(["audio"]);
    expect(done.formatNote).toMatch(/^mp3/);
  });

  it("accepts a bitrate", async () => {
    const done = await finished((await add({ url: fixture.url("/clip.mp4?a128"), downloadType: "AUDIO", quality: "128k" })).id);
    expect(done.status).toBe("COMPLETED");
    expect(done.formatNote).toMatch(/^mp3 12\dk$/);
  });
});

describe("quality", () => {
  it.each([
    ["720p", 720],
    ["480p", 360], // nothing at 480: the best under it
    ["best", 720],
  ])("%s picks the %ip rendition", async (quality, height) => {
    const done = await finished((await add({ url: fixture.url(`/multi/manifest.mpd?q=${quality}`), quality })).id);
    expect(done.status).toBe("COMPLETED");
    expect(done.formatNote).toBe(`${height}p`);
    const video = (await probe(path.join(server.config.downloadDir, done.filename!))).find((s) => s.codec_type === "video");
    expect(video?.height).toBe(height);
  });

  it("rejects an unknown quality, naming the accepted ones", async () => {
    const { addDownload } = await server.gql(AddDownload, { input: { url: "http://127.0.0.1/x", quality: "4k" } });
    expect(addDownload).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT", field: "quality" });
    expect(addDownload).toHaveProperty("message", expect.stringMatching(/best, 2160p, 1440p, 1080p, 720p, 480p, 360p/));
  });
});

describe("thumbnails", () => {
  it("converts an og:image browsers may not show (bmp) to jpg", async () => {
    const done = await finished((await add({ url: fixture.url("/page.html?image=bmp") })).id);
    const res = await rest(server.url, done.thumbnail!);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // JPEG magic
  });

  it("keeps a png og:image as it is and serves it, cacheable", async () => {
    const done = await finished((await add({ url: fixture.url("/page.html") })).id);
    expect(done.thumbnail).toBe(`/api/thumbnails/${done.id}`);
    const res = await rest(server.url, done.thumbnail!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(res.bytes.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47])); // PNG magic
    // An explicit cache-control keeps fetch from adding "no-cache", which would defeat If-None-Match.
    const again = await rest(server.url, done.thumbnail!, {
      headers: { "if-none-match": etag!, "cache-control": "max-age=0" },
    });
    expect(again.status).toBe(304);
  });

  it("answers 404 JSON for an unknown id", async () => {
    const res = await rest(server.url, "/api/thumbnails/00000000-0000-0000-0000-000000000000");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("cancel", () => {
  it("kills a running download's process tree and removes its partial files", async () => {
    const task = await add({ url: fixture.url("/slow/40000/long.mp4?cancel") });
    await waitFor(async () => (await get(task.id))!.progress > 0 && (await filesOf(task.id)).length > 0, { what: "a partial file" });
    const group = await groupOf(task.id);
    expect((await processesInGroup(group)).length).toBeGreaterThan(0);

    const { cancelDownload } = await server.gql(CancelDownload, { id: task.id });
    expect(ok(cancelDownload).status).toBe("CANCELLED");
    expect(await processesInGroup(group)).toEqual([]);
    expect(await filesOf(task.id)).toEqual([]);
    expect((await get(task.id))!.status).toBe("CANCELLED");
  });

  it("kills ffmpeg too when cancelled while converting", async () => {
    const task = await add({ url: fixture.url("/long-audio.m4a"), downloadType: "AUDIO" });
    await collect(server.ws(), WatchDownload, { id: task.id }, (events) => events.at(-1)!.downloadUpdated.status === "PROCESSING");
    // yt-dlp announces the conversion just before it starts ffmpeg.
    await waitFor(async () => {
      const argv0 = await Promise.all((await processesOf(task.id)).map(async (pid) => (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).split("\0")[0]!));
      return argv0.some((command) => path.basename(command) === "ffmpeg");
    }, { what: "ffmpeg to run", intervalMs: 20 });
    const group = await groupOf(task.id);

    const { cancelDownload } = await server.gql(CancelDownload, { id: task.id });
    expect(ok(cancelDownload).status).toBe("CANCELLED");
    expect(await processesInGroup(group)).toEqual([]);
    expect(await processesOf(task.id)).toEqual([]);
    expect(await filesOf(task.id)).toEqual([]);
  });

  it("is a clear error for a finished task", async () => {
    const done = await finished((await add({ url: fixture.url("/clip.mp4?done") })).id);
    const { cancelDownload } = await server.gql(CancelDownload, { id: done.id });
    expect(cancelDownload).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", message: expect.stringMatching(/completed/) });
    expect((await get(done.id))!.status).toBe("COMPLETED");
  });

  it("keeps a pending task from ever starting", async () => {
    const single = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "1" });
    try {
      const running = await add({ url: fixture.url("/slow/40000/long.mp4?blocker") }, single);
      const queued = await add({ url: fixture.url("/clip.mp4?queued") }, single);
      const { cancelDownload } = await single.gql(CancelDownload, { id: queued.id });
      expect(cancelDownload).toMatchObject({ status: "CANCELLED", startedAt: null });
      await single.gql(CancelDownload, { id: running.id });
      await new Promise((r) => setTimeout(r, 500));
      expect(await get(queued.id, single)).toMatchObject({ status: "CANCELLED", startedAt: null });
    } finally {
      await single.stop();
    }
  });
});

describe("retry", () => {
  it("puts a failed task back in the queue with its options and completes it", async () => {
    // A 404 is permanent: it waits for a person's retry (a 5xx would be retried by itself).
    const task = await add({ url: fixture.url("/flaky/retry-1/clip.mp4?status=404"), downloadType: "AUDIO", quality: "128k" });
    const failed = await finished(task.id);
    expect(failed.status).toBe("ERROR");
    expect(failed.errorMessage).toMatch(/404/);

    const { retryDownload } = await server.gql(RetryDownload, { id: task.id });
    expect(retryDownload).toMatchObject({ id: task.id, status: "PENDING", errorMessage: null, progress: 0 });
    const done = await finished(task.id);
    expect(done).toMatchObject({ status: "COMPLETED", downloadType: "AUDIO", quality: "128k" });
  });

  it("refuses a task that has not failed", async () => {
    const done = await finished((await add({ url: fixture.url("/clip.mp4?noretry") })).id);
    const { retryDownload } = await server.gql(RetryDownload, { id: done.id });
    expect(retryDownload).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
  });
});

describe("remove", () => {
  it("with deleteFile removes the row, the file and the thumbnail", async () => {
    const done = await finished((await add({ url: fixture.url("/page.html?remove") })).id);
    const row = (await server.gql(GroupOf, { id: done.id })).download!.group[0]!;
    const file = path.join(server.config.downloadDir, row.filename!);
    expect(existsSync(file)).toBe(true);
    const { removeDownload } = await server.gql(RemoveDownload, { id: done.id, deleteFile: true });
    expect(removeDownload).toMatchObject({ __typename: "RemoveDownloadPayload", removedId: done.id, download: { status: "COMPLETED" } });
    expect(await get(done.id)).toBeNull();
    expect(existsSync(file)).toBe(false);
    expect((await rest(server.url, `/api/thumbnails/${done.id}`)).status).toBe(404);
  });

  it("without deleteFile keeps the file", async () => {
    const done = await finished((await add({ url: fixture.url("/clip.mp4?keep") })).id);
    const file = path.join(server.config.downloadDir, done.filename!);
    await server.gql(RemoveDownload, { id: done.id });
    expect(await get(done.id)).toBeNull();
    expect(existsSync(file)).toBe(true);
    const again = await server.gql(RemoveDownload, { id: done.id });
    expect(again.removeDownload).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
  });

  it("clears finished tasks in bulk, and refuses unfinished statuses", async () => {
    const failed = await finished((await add({ url: fixture.url("/missing.mp4?clear") })).id);
    const cleared = ok((await server.gql(ClearDownloads, { status: ["ERROR"] })).clearDownloads);
    expect(cleared.clearedIds).toContain(failed.id);
    expect(cleared.count).toBe(cleared.clearedIds.length);
    expect(await get(failed.id)).toBeNull();
    const { downloads } = await server.gql(ListDownloads, { status: ["ERROR"] });
    expect(downloads).toEqual([]);
    const refused = await server.gql(ClearDownloads, { status: ["DOWNLOADING"] });
    expect(refused.clearDownloads).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT", field: "status" });
  });
});

describe("unsafe input", () => {
  it.each([
    ["file:///etc/passwd", "file:///etc/passwd", /only http and https/],
    ["-o/tmp/x", "-o/tmp/x", /absolute http\(s\) URL/],
    ["javascript:alert(1)", "javascript:alert(1)", /only http and https/],
    ["an empty string", "", /must not be empty/],
    ["a 10 kB URL", `http://127.0.0.1/${"a".repeat(10_000)}`, /at most 2048 characters/],
  ])("%s is refused with a clear error and creates nothing", async (_label, url, message) => {
    const before = (await server.gql(ListDownloads, {})).downloads.length;
    const { addDownload } = await server.gql(AddDownload, { input: { url } });
    expect(addDownload).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT", field: "url", message: expect.stringMatching(message) });
    expect((await server.gql(ListDownloads, {})).downloads).toHaveLength(before);
  });
});
