import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, PAGE_TITLE, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, GetDownload, WatchDownload } from "./documents.js";
import { collect, FINAL, ok, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest } from "./openapi.js";

const ffprobeStreams = async (file: string) => {
  const { stdout } = await promisify(execFile)("ffprobe", [
    "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", file,
  ]);
  return stdout.split("\n").filter(Boolean).sort();
};

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

const finished = (id: string) =>
  waitFor(
    async () => {
      const { download } = await server.gql(GetDownload, { id });
      return download && FINAL.includes(download.status) ? download : undefined;
    },
    { what: `download ${id} to finish` },
  );

// yt-dlp 2023.03's html5 extractor appends " (1)" to a page's single <video>; newer ones do not.
const PAGE_TITLE_PATTERN = new RegExp(`^${PAGE_TITLE}( \\(1\\))?$`);

async function expectCompletedPage(id: string) {
  const done = await finished(id);
  expect(done.status).toBe("COMPLETED");
  expect(done.title).toMatch(PAGE_TITLE_PATTERN);
  expect(done.filename).toBe(`${done.title}__${id}.mp4`);
  const file = await stat(path.join(server.config.downloadDir, done.filename!));
  expect(done.filesize).toBe(file.size);
  expect(done.downloadedBytes).toBe(file.size);
  expect(done.progress).toBe(100);
  expect(done.completedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(done.speed).toBeNull();
  expect(done.eta).toBeNull();
  expect(done.errorMessage).toBeNull();
  expect(done.formatNote).toBe("240p");
}

describe("a page with og:title, og:image and <video src>", () => {
  it("downloads when added through GraphQL", async () => {
    const { downloads } = ok((await server.gql(AddDownload, { input: { url: fixture.url("/page.html") } })).addDownload);
    expect(downloads).toHaveLength(1);
    const [task] = downloads;
    expect(task).toMatchObject({ status: "PENDING", title: fixture.url("/page.html"), isPlaylist: false });
    await expectCompletedPage(task!.id);
  });

  it("downloads when added through POST /api/downloads", async () => {
    const res = await rest(server.url, "/api/downloads", jsonBody({ url: fixture.url("/page.html") }));
    expect(res.status).toBe(201);
    const created = res.body as Array<{ id: string; status: string; download_type: string }>;
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ status: "pending", download_type: "video" });
    await expectCompletedPage(created[0]!.id);
  });
});

describe("a DASH manifest with separate video and audio", () => {
  it("passes through processing (merge) and ends with both streams", async () => {
    const { addDownload } = await server.gql(AddDownload, { input: { url: fixture.url("/dash/manifest.mpd") } });
    const id = ok(addDownload).downloads[0]!.id;
    const events = await collect(server.ws(), WatchDownload, { id }, (seen) =>
      FINAL.includes(seen.at(-1)!.downloadUpdated.status),
    );
    const statuses = events.map((e) => e.downloadUpdated.status);
    expect(statuses).toContain("PROCESSING");
    expect(statuses.indexOf("PROCESSING")).toBeLessThan(statuses.indexOf("COMPLETED"));
    const done = await finished(id);
    expect(done.status).toBe("COMPLETED");
    const streams = await ffprobeStreams(path.join(server.config.downloadDir, done.filename!));
    expect(streams).toEqual(["audio", "video"]);
  });
});

describe("GraphiQL", () => {
  it("is served at GET /graphql with everything inlined (no CDN), compressed", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/i);
  });
});

describe("a URL that answers 404", () => {
  it("ends in error with yt-dlp's message", async () => {
    const { addDownload } = await server.gql(AddDownload, { input: { url: fixture.url("/missing.mp4") } });
    const done = await finished(ok(addDownload).downloads[0]!.id);
    expect(done.status).toBe("ERROR");
    expect(done.errorMessage).toMatch(/404/);
    expect(done.completedAt).toBeNull();
  });
});

describe("the queue", () => {
  it("runs one task at a time with MAX_CONCURRENT_DOWNLOADS=1 and goes on after an error", async () => {
    const single = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "1" });
    try {
      const urls = [fixture.url("/missing.mp4"), fixture.url("/slow/400000/clip.mp4"), fixture.url("/slow/400000/clip.mp4?b")];
      const ids: string[] = [];
      for (const url of urls) ids.push(ok((await single.gql(AddDownload, { input: { url } })).addDownload).downloads[0]!.id);

      // Watch every task live: at no moment may two be downloading or processing.
      const running = new Set<string>();
      let maxRunning = 0;
      await collect(single.ws(), WatchDownload, {}, (events) => {
        const { id, status } = events.at(-1)!.downloadUpdated;
        if (status === "DOWNLOADING" || status === "PROCESSING") running.add(id);
        else running.delete(id);
        maxRunning = Math.max(maxRunning, running.size);
        return events.filter((e) => e.downloadUpdated.status === "COMPLETED").length === 2;
      });
      expect(maxRunning).toBe(1);

      const rows = await Promise.all(ids.map(async (id) => (await single.gql(GetDownload, { id })).download!));
      expect(rows.map((r) => r.status)).toEqual(["ERROR", "COMPLETED", "COMPLETED"]);
      // The intervals never overlap: each task started after the previous one finished.
      expect(Date.parse(rows[2]!.startedAt!)).toBeGreaterThanOrEqual(Date.parse(rows[1]!.completedAt!));
    } finally {
      await single.stop();
    }
  });
});
