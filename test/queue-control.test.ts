import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";

/** Pausing the queue, moving a task to the front, clearing finished tasks by themselves. */

let fixture: FixtureServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(async () => {
  await fixture?.close();
});

type Task = { id: string; status: string; startedAt: string | null; filename: string | null };
const add = async (on: TestServer, url: string) =>
  (await rootField<{ downloads: Task[] }>(on, `mutation($url: String!) { addDownload(input: { url: $url }) { ... on AddDownloadPayload { downloads { id status startedAt filename } } } }`, { url })).downloads[0]!;
const get = (on: TestServer, id: string) => rootField<Task | null>(on, `query($id: ID!) { download(id: $id) { id status startedAt filename } }`, { id });
const paused = async (on: TestServer) => (await rootField<{ queuePaused: boolean }>(on, "{ serverInfo { queuePaused } }")).queuePaused;

describe("the queue a person steers", () => {
  it("paused, a new task stays pending, across a restart too, until the queue is resumed", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mds-paused-"));
    let server = await startTestServer({}, dir);
    try {
      expect(await rootField<{ queuePaused: boolean }>(server, "mutation { pauseQueue { queuePaused } }")).toEqual({ queuePaused: true });
      const task = await add(server, fixture.url("/clip.mp4?paused"));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await get(server, task.id))?.status).toBe("PENDING");
      await server.stop();
      server = await startTestServer({}, dir);
      expect(await paused(server)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await get(server, task.id))?.status).toBe("PENDING");
      await rootField(server, "mutation { resumeQueue { queuePaused } }");
      expect(await paused(server)).toBe(false);
      await waitFor(async () => (await get(server, task.id))?.status === "COMPLETED", { what: "the task after resuming" });
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a task moved to the front starts next", async () => {
    const server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "1" });
    try {
      const running = await add(server, fixture.url("/slow/200000/long.mp4?front"));
      await waitFor(async () => (await get(server, running.id))?.status === "DOWNLOADING", { what: "the first task to run" });
      const second = await add(server, fixture.url("/clip.mp4?second"));
      const third = await add(server, fixture.url("/clip.mp4?third"));
      const moved = await rootField<{ id: string; status: string }>(server, `mutation($id: ID!) { prioritizeDownload(id: $id) { ... on Download { id status } ... on Error { message } } }`, { id: third.id });
      expect(moved).toEqual({ id: third.id, status: "PENDING" });
      expect(await rootField<{ message?: string }>(server, `mutation($id: ID!) { prioritizeDownload(id: $id) { ... on Error { message } } }`, { id: running.id })).toMatchObject({ message: expect.stringMatching(/only queued downloads/) });
      await rootField(server, `mutation($id: ID!) { cancelDownload(id: $id) { __typename } }`, { id: running.id });
      const [a, b] = await waitFor(async () => {
        const tasks = await Promise.all([get(server, third.id), get(server, second.id)]);
        return tasks.every((t) => t && FINAL.includes(t.status)) && (tasks as Task[]);
      }, { what: "both queued tasks" });
      expect(Date.parse(a!.startedAt!)).toBeLessThan(Date.parse(b!.startedAt!));
    } finally {
      await server.stop();
    }
  });

  it("clears finished tasks by themselves after AUTO_CLEAR_AFTER_DAYS, keeping their files", async () => {
    const server = await startTestServer({ AUTO_CLEAR_AFTER_DAYS: "0.00002" }); // about 1.7 s
    try {
      const task = await add(server, fixture.url("/clip.mp4?auto-clear"));
      const done = await waitFor(async () => ((t) => t?.status === "COMPLETED" && t)(await get(server, task.id)), { what: "the task to complete" });
      await waitFor(async () => (await get(server, task.id)) === null, { what: "the task to be cleared", timeoutMs: 15_000 });
      expect(existsSync(path.join(server.config.downloadDir, done.filename!))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
