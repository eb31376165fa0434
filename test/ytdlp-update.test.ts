import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { buildRelease, startReleasesApi, type ReleasesApi } from "./fixtures/ytdlp-release.js";
import { AddDownload, GetDownload } from "./documents.js";
import { ok, startTestServer, waitFor, type TestServer } from "./helpers.js";

const NEW_VERSION = "2099.01.01";
const INFO = `{ serverInfo { ytdlpVersion ytdlpReleasedAt ytdlpSource ytdlpOutdated } }`;
const UPDATE = `mutation { updateYtdlp { __typename ... on Error { code message } ... on ServerInfo { ytdlpVersion ytdlpReleasedAt ytdlpSource ytdlpOutdated } } }`;

let fixture: FixtureServer;
let api: ReleasesApi;
let releaseDir: string;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  api = await startReleasesApi(await buildRelease(NEW_VERSION));
  releaseDir = await mkdtemp(path.join(os.tmpdir(), "mds-release-"));
  server = await startTestServer({ YTDLP_RELEASE_DIR: releaseDir, YTDLP_RELEASES_URL: api.url });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await api?.close();
  await fixture?.close();
  await rm(releaseDir, { recursive: true, force: true });
});

/** The warm hosts running under this process, by the yt-dlp each was started with. */
async function hosts(): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
    const cmd = (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).split("\0");
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (cmd.some((a) => a.endsWith("host.py")) && Number(stat.split(") ")[1]?.split(" ")[1]) === process.pid) found.push(cmd[cmd.findIndex((a) => a.endsWith("host.py")) + 1] ?? ""); // the argument after the script: the release file
  }
  return found;
}

const done = (id: string) =>
  waitFor(async () => {
    const { download } = await server.gql(GetDownload, { id });
    return download && ["COMPLETED", "ERROR"].includes(download.status) ? download : undefined;
  }, { timeoutMs: 60_000, what: `task ${id} to finish` });

it("starts on the system yt-dlp and says it is outdated", async () => {
  const { data } = await server.gqlRaw(INFO);
  expect(data).toEqual({ serverInfo: { ytdlpVersion: "2023.03.04", ytdlpReleasedAt: "2023-03-04T00:00:00.000Z", ytdlpSource: "SYSTEM", ytdlpOutdated: true } });
});

it("answers UpstreamError when the releases API fails, and keeps what it had", async () => {
  api.failNext();
  const { data } = await server.gqlRaw(UPDATE);
  expect(data).toMatchObject({
    updateYtdlp: { __typename: "UpstreamError", code: "UPSTREAM_FAILED", message: expect.stringMatching(/could not fetch the latest yt-dlp/) },
  });
  expect(existsSync(path.join(releaseDir, "yt-dlp"))).toBe(false);
  expect(((await server.gqlRaw(INFO)).data as { serverInfo: { ytdlpSource: string } }).serverInfo.ytdlpSource).toBe("SYSTEM");
});

it("updates while a download runs: the running task finishes on the old yt-dlp, new tasks use the new one", async () => {
  const slow = ok((await server.gql(AddDownload, { input: { url: fixture.url("/slow/25000/long.mp4?update") } })).addDownload).downloads[0]!;
  await waitFor(async () => ((await server.gql(GetDownload, { id: slow.id })).download?.progress ?? 0) > 5, { what: "the slow download to start" });

  const { data, errors } = await server.gqlRaw(UPDATE);
  expect(errors).toBeUndefined();
  expect(data).toEqual({ updateYtdlp: { __typename: "ServerInfo", ytdlpVersion: NEW_VERSION, ytdlpReleasedAt: "2099-01-01T00:00:00.000Z", ytdlpSource: "RELEASE", ytdlpOutdated: false } });
  expect(existsSync(path.join(releaseDir, "yt-dlp"))).toBe(true); // where youtube-dl-exec keeps it
  expect((await server.gql(GetDownload, { id: slow.id })).download!.status).toBe("DOWNLOADING");
  expect(await hosts()).toEqual(expect.arrayContaining(["", expect.stringContaining(`yt-dlp-${NEW_VERSION}`)]));

  const fresh = ok((await server.gql(AddDownload, { input: { url: fixture.url("/clip.mp4?after-update") } })).addDownload).downloads[0]!;
  expect((await done(fresh.id)).status).toBe("COMPLETED");
  expect((await done(slow.id)).status).toBe("COMPLETED");
  // The old host stops once its last task has finished.
  await waitFor(async () => ((await hosts()).length === 1 ? true : undefined), { what: "the old host to stop" });
  expect(await hosts()).toEqual([expect.stringContaining(`yt-dlp-${NEW_VERSION}`)]);
});
