import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDIA_DIR } from "./fixtures/media.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, figure, rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";

/** Download options and presets, with real yt-dlp and ffmpeg against the fixture server. */

type Stream = { codec_type: string; codec_name: string; disposition?: { attached_pic?: number } };
const ffprobe = async (file: string) => {
  const { stdout } = await promisify(execFile)("ffprobe", ["-v", "error", "-show_streams", "-show_format", "-of", "json", file]);
  return JSON.parse(stdout) as { streams: Stream[]; format: { tags?: Record<string, string> } };
};

const TASK = "id status filename errorMessage files { name kind size url } options { container audioFormat folder } preset { id name }";
type Task = { id: string; status: string; filename: string | null; errorMessage: string | null; files: Array<{ name: string; kind: string; size: number; url: string }>; preset: { id: string } | null };

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

const call = rootField;

export async function createPreset(on: TestServer, input: Record<string, unknown>): Promise<{ id: string }> {
  const preset = await call<{ id?: string; message?: string }>(
    on,
    `mutation($input: CreatePresetInput!) { createPreset(input: $input) { __typename ... on Preset { id } ... on Error { message } } }`,
    { input },
  );
  if (!preset.id) throw new Error(preset.message);
  return preset as { id: string };
}

/** Queues a URL; the first task (or the refusal as thrown). */
async function add(on: TestServer, input: Record<string, unknown>): Promise<Task[]> {
  const result = await call<{ downloads?: Task[]; message?: string }>(
    on,
    `mutation($input: AddDownloadInput!) { addDownload(input: $input) { ... on AddDownloadPayload { downloads { ${TASK} } } ... on Error { message } } }`,
    { input },
  );
  if (!result.downloads) throw new Error(result.message);
  return result.downloads;
}

const get = (on: TestServer, id: string) => call<Task>(on, `query($id: ID!) { download(id: $id) { ${TASK} } }`, { id });

const finished = (on: TestServer, id: string) => waitFor(async () => ((t) => FINAL.includes(t.status) && t)(await get(on, id)), { what: `download ${id}` });

async function completed(on: TestServer, input: Record<string, unknown>): Promise<Task> {
  const [task] = await add(on, input);
  const done = await finished(on, task!.id);
  expect(done.errorMessage).toBeNull();
  expect(done.status).toBe("COMPLETED");
  return done;
}

const mediaPath = (task: Task) => path.join(server.config.downloadDir, task.files.find((f) => f.kind === "MEDIA")!.name);

describe("options compiled to yt-dlp flags", () => {
  it("a preset {MKV, English subtitles embedded as SRT, metadata, thumbnail} gives an mkv with a subrip stream, the title and a picture", async () => {
    const preset = await createPreset(server, {
      name: "Jellyfin",
      options: { container: "MKV", subtitles: { languages: ["en"], embed: true, format: "SRT" }, embedMetadata: true, embedThumbnail: true },
    });
    const done = await completed(server, { url: fixture.url("/page.html"), presetId: preset.id });
    expect(done.filename).toMatch(/\.mkv$/);
    expect(done.preset?.id).toBe(preset.id);
    const probe = await ffprobe(mediaPath(done));
    expect(probe.streams.map((s) => s.codec_name)).toContain("subrip");
    expect(Object.entries(probe.format.tags ?? {}).find(([key]) => key.toLowerCase() === "title")?.[1]).toMatch(/^Fixture Clip/);
    // Matroska keeps a cover as an attachment; other containers as an attached picture stream.
    expect(probe.streams.some((s) => s.codec_type === "attachment" || s.disposition?.attached_pic === 1 || /mjpeg|png/.test(s.codec_name))).toBe(true);
  });

  it("subtitles kept beside the file are listed, served, and removed with the task", async () => {
    const done = await completed(server, { url: fixture.url("/page.html"), options: { subtitles: { languages: ["en"], format: "SRT" } } });
    const subtitle = done.files.find((f) => f.kind === "SUBTITLE");
    expect(subtitle?.name).toMatch(/\.en\.srt$/);
    const response = await fetch(`${server.url}${subtitle!.url}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Hello from the fixture");
    const file = path.join(server.config.downloadDir, subtitle!.name);
    expect(existsSync(file)).toBe(true);
    await call(server, `mutation($id: ID!) { removeDownload(id: $id, deleteFile: true) { __typename } }`, { id: done.id });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(mediaPath(done))).toBe(false);
  });

  it.each([
    ["OPUS", "opus"],
    ["FLAC", "flac"],
  ])("audio as %s", async (format, codec) => {
    const done = await completed(server, { url: fixture.url("/clip.mp4"), downloadType: "AUDIO", options: { audioFormat: format } });
    const probe = await ffprobe(mediaPath(done));
    expect(probe.streams.filter((s) => s.codec_type === "audio").map((s) => s.codec_name)).toEqual([codec]);
  });

  it("folder {playlist_title}/{upload_date}: a feed's files land in a folder named after it, and are served", async () => {
    const [first] = await add(server, { url: fixture.url("/feed.rss"), options: { folder: "{playlist_title}/{upload_date}" } });
    const group = await waitFor(async () => {
      const tasks = await call<Task[]>(server, `query($g: ID!) { downloads(groupId: $g, limit: 10) { ${TASK} } }`, { g: (await call<{ groupId: string }>(server, `query($id: ID!) { download(id: $id) { groupId } }`, { id: first!.id })).groupId });
      return tasks.length === 3 && tasks.every((t) => FINAL.includes(t.status)) && tasks;
    }, { what: "the feed's three entries" });
    for (const task of group) {
      expect(task.status).toBe("COMPLETED");
      expect(task.files[0]!.name).toMatch(/^Fixture Feed\/[^/]+\/Feed Item \d__[0-9a-f-]{36}\.mp4$/);
      expect((await fetch(`${server.url}${task.files[0]!.url}`)).status).toBe(200);
      const fileRoute = await fetch(`${server.url}/api/downloads/${task.id}/file`);
      expect(fileRoute.status).toBe(200);
      expect(Number(fileRoute.headers.get("content-length"))).toBe(task.files[0]!.size);
    }
  });

  it("folder {title} with a title of ../../escape stays inside the download folder", async () => {
    const done = await completed(server, { url: fixture.url(`/page.html?title=${encodeURIComponent("../../escape")}`), options: { folder: "{title}" } });
    const file = path.resolve(mediaPath(done));
    expect(path.relative(server.config.downloadDir, file).startsWith("..")).toBe(false);
    expect(path.dirname(path.dirname(file))).toBe(path.resolve(server.config.downloadDir));
    expect(done.files[0]!.name.split("/")).toHaveLength(2);
  });

  it("a rate limit of 100 KB/s takes at least the time it implies", async () => {
    const size = (await stat(path.join(MEDIA_DIR, "long.mp4"))).size;
    const started = Date.now();
    const done = await completed(server, { url: fixture.url("/long.mp4"), options: { rateLimit: 100 * 1024 } });
    const elapsed = Date.now() - started;
    figure(`${size} bytes at rateLimit 100 KB/s (implies ${Math.round((size / (100 * 1024)) * 1000)} ms)`, elapsed);
    expect(done.files[0]!.size).toBe(size);
    expect(elapsed).toBeGreaterThan((size / (100 * 1024)) * 1000 * 0.5); // loose: yt-dlp's limiter allows a burst
  });

  it("a retry after the preset changed repeats the old options", async () => {
    const preset = await createPreset(server, { name: "Archive", options: { container: "MKV", subtitles: { languages: ["en"], embed: true, format: "SRT" } } });
    // A slow page, so it can be cancelled while it downloads.
    const [again] = await add(server, { url: fixture.url(`/page.html?video=${encodeURIComponent("/slow/400000/long.mp4")}`), presetId: preset.id });
    await waitFor(async () => (await get(server, again!.id)).status === "DOWNLOADING", { what: "the download to start" });
    const cancelled = await call<{ __typename: string }>(server, `mutation($id: ID!) { cancelDownload(id: $id) { __typename } }`, { id: again!.id });
    expect(cancelled.__typename).toBe("Download");
    const changed = await call<{ __typename: string }>(
      server,
      `mutation($id: ID!, $input: UpdatePresetInput!) { updatePreset(id: $id, input: $input) { __typename } }`,
      { id: preset.id, input: { options: { container: "MP4" } } },
    );
    expect(changed.__typename).toBe("Preset");
    await call(server, `mutation($id: ID!) { retryDownload(id: $id) { __typename } }`, { id: again!.id });
    const retried = await finished(server, again!.id);
    expect(retried.status).toBe("COMPLETED");
    expect(retried.filename).toMatch(/\.mkv$/);
    expect((await ffprobe(mediaPath(retried))).streams.map((s) => s.codec_name)).toContain("subrip");
  });
});

describe("raw yt-dlp arguments", () => {
  it("are refused while ALLOW_YTDLP_ARGS is unset", async () => {
    const result = await server.gqlRaw(`mutation { addDownload(input: { url: "${fixture.url("/clip.mp4")}", options: { ytdlpArgs: ["--write-info-json"] } }) { ... on InvalidInputError { field message } } }`);
    expect(result.data).toMatchObject({ addDownload: { field: "options.ytdlpArgs" } });
    expect(JSON.stringify(result.data)).toMatch(/ALLOW_YTDLP_ARGS/);
  });

  it("with it set, flags that write elsewhere, run programs or print are refused by name; an allowed one takes effect", async () => {
    const allowed = await startTestServer({ ALLOW_YTDLP_ARGS: "true" });
    try {
      for (const [args, flag] of [[["--exec", "touch /tmp/x"], "--exec"], [["-o", "/tmp/x.%(ext)s"], "-o"], [["--print", "title"], "--print"], [["--proxy=http://127.0.0.2:9"], "--proxy"]] as const) {
        const result = await allowed.gqlRaw(`mutation($args: [String!]) { addDownload(input: { url: "${fixture.url("/clip.mp4")}", options: { ytdlpArgs: $args } }) { ... on InvalidInputError { field message } } }`, { args });
        expect(result.data).toMatchObject({ addDownload: { field: "options.ytdlpArgs" } });
        expect((result.data as { addDownload: { message: string } }).addDownload.message).toContain(flag);
      }
      const done = await completed(allowed, { url: fixture.url("/clip.mp4"), options: { ytdlpArgs: ["--write-info-json"] } });
      const folder = path.dirname(path.join(allowed.config.downloadDir, done.files[0]!.name));
      expect((await readdir(folder)).some((name) => name.endsWith(`__${done.id}.info.json`))).toBe(true);
    } finally {
      await allowed.stop();
    }
  });
});
