import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MEDIA_DIR } from "./fixtures/media.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, GetDownload, ListDownloads } from "./documents.js";
import { ok, spawnServerProcess, startTestServer, waitFor } from "./helpers.js";

let fixture: FixtureServer;
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fixture = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-crash-"));
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await fixture?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The server as a separate process, with a small GraphQL client for it. */
async function startServerProcess() {
  const { child, port, output } = await spawnServerProcess({ DATA_DIR: dataDir, MAX_CONCURRENT_DOWNLOADS: "1" });
  children.push(child);
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return ((await res.json()) as { data: R }).data;
  };
  return { child, gql, output };
}

it("loses and duplicates nothing across kill -9: the running task resumes, the queued one runs", async () => {
  const first = await startServerProcess();
  const add = async (url: string) => ok((await first.gql(AddDownload, { input: { url } })).addDownload).downloads[0]!.id;
  const slow = await add(fixture.url("/slow/80000/long.mp4"));
  const queued = await add(fixture.url("/clip.mp4?after-crash"));
  await waitFor(async () => {
    const { downloads } = await first.gql(ListDownloads, {});
    return downloads.find((d) => d.id === slow)!.progress > 20;
  }, { what: "the slow download to be under way" });

  first.child.kill("SIGKILL");
  await new Promise((r) => first.child.once("exit", r));

  const second = await startServerProcess();
  const tasks = await waitFor(async () => {
    const { downloads } = await second.gql(ListDownloads, {});
    return downloads.every((d) => d.status === "COMPLETED") ? downloads : undefined;
  }, { what: "both tasks to complete after the restart", timeoutMs: 45_000 });

  expect(tasks.map((t) => t.id)).toEqual([slow, queued]);
  const original = (await stat(path.join(MEDIA_DIR, "long.mp4"))).size;
  const resumed = tasks[0]!;
  expect(resumed.filesize).toBe(original);
  const files = (await readdir(path.join(dataDir, "downloads"))).filter((f) => f.includes(slow));
  expect(files).toEqual([resumed.filename]);
  // yt-dlp continued the partial file rather than starting over.
  const ranges = fixture.requests.filter((r) => r.path.startsWith("/slow/80000/long.mp4") && r.range);
  expect(ranges.some((r) => /^bytes=[1-9]\d*-/.test(r.range!))).toBe(true);
  expect(second.output()).toMatch(/put 1 task\(s\) that were running before the restart back in the queue/); // the operator is told
  second.child.kill("SIGTERM");
  await new Promise((r) => second.child.once("exit", r));
});

it("resumes a download interrupted by a graceful stop", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mds-stop-"));
  try {
    const first = await startTestServer({}, dir);
    const { addDownload } = await first.gql(AddDownload, { input: { url: fixture.url("/slow/150000/long.mp4?stop") } });
    const id = ok(addDownload).downloads[0]!.id;
    await waitFor(async () => ((await first.gql(GetDownload, { id })).download!.progress > 10), { what: "progress" });
    await first.stop(); // SIGTERM path: yt-dlp is stopped, the partial file kept, the row left running

    const second = await startTestServer({}, dir);
    try {
      const done = await waitFor(async () => {
        const d = (await second.gql(GetDownload, { id })).download!;
        return d.status === "COMPLETED" ? d : undefined;
      }, { what: "the resumed download" });
      expect(done.filesize).toBe((await stat(path.join(MEDIA_DIR, "long.mp4"))).size);
      expect((await second.gql(ListDownloads, {})).downloads).toHaveLength(1);
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
