import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest } from "./openapi.js";

/** The example array of the original REST contract (a verbatim copy of shared/seed/downloads-api.txt). */
function seedExample(): Array<Record<string, unknown>> {
  const text = readFileSync(new URL("./fixtures/downloads-api.txt", import.meta.url), "utf8");
  const marker = "curl https://your-api.com/api/downloads";
  return JSON.parse(text.slice(text.indexOf("[", text.indexOf(marker))));
}

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const STATUSES = ["pending", "downloading", "processing", "completed", "error", "cancelled"];
const jsonType = (v: unknown) => (v === null ? "null" : typeof v);

/** Every field of the seed, the seed's JSON types, nothing extra, the contract's formats. */
function expectContractShape(task: Record<string, unknown>) {
  const [completedSeed, runningSeed] = seedExample();
  expect(Object.keys(task).sort()).toEqual(Object.keys(completedSeed!).sort());
  for (const [field, value] of Object.entries(task)) {
    if (field === "completed_at") continue;
    expect(jsonType(value), field).toBe(jsonType(completedSeed![field]));
    expect(jsonType(value), field).toBe(jsonType(runningSeed![field]));
  }
  expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(STATUSES).toContain(task.status);
  expect(["video", "audio"]).toContain(task.download_type);
  expect(task.created_at).toMatch(ISO_MS);
  if (task.status === "completed") expect(task.completed_at).toMatch(ISO_MS);
  else expect(task.completed_at).toBeNull();
  if (task.status !== "downloading") {
    expect(task.speed).toBe("");
    expect(task.eta).toBe("");
  } else {
    expect(task.speed).toMatch(/^(\d+\.\d (B|KB|MB|GB)\/s)?$/);
    expect(task.eta).toMatch(/^(\d+s)?$/);
  }
  expect(task.progress as number).toBeGreaterThanOrEqual(0);
  expect(task.progress as number).toBeLessThanOrEqual(100);
  if (task.status !== "error") expect(task.error_message).toBe("");
}

let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "1", PROGRESS_INTERVAL_MS: "100", DB_WRITE_INTERVAL_MS: "200" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

const listTasks = async () => {
  const res = await rest(server.url, "/api/downloads");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return res.body as Array<Record<string, unknown>>;
};

const post = (body: unknown) => rest(server.url, "/api/downloads", jsonBody(body));

describe("GET /api/downloads", () => {
  it("the seed example itself parses and has the 20 contract fields", () => {
    expect(Object.keys(seedExample()[0]!)).toHaveLength(20);
  });

  it("matches the contract for pending, downloading, completed and error tasks", async () => {
    const ids = {} as Record<"completed" | "error" | "downloading" | "pending", string>;
    for (const [name, route] of [
      ["completed", "/page.html"],
      ["error", "/missing.mp4"],
      ["downloading", "/slow/100000/long.mp4"],
      ["pending", "/clip.mp4?queued"],
    ] as const) {
      const res = await post({ url: fixture.url(route) });
      expect(res.status).toBe(201);
      ids[name] = (res.body as Array<{ id: string }>)[0]!.id;
    }

    // While the slow one downloads (one at a time), the last one is still pending.
    const tasks = await waitFor(
      async () => {
        const all = await listTasks();
        const byId = new Map(all.map((t) => [t.id, t]));
        const running = byId.get(ids.downloading);
        return running?.status === "downloading" && (running.progress as number) > 0 && running.speed !== ""
          ? all
          : undefined;
      },
      { what: "the slow task to report progress" },
    );
    const byId = new Map(tasks.map((t) => [t.id as string, t]));
    for (const task of tasks) expectContractShape(task);
    expect(byId.get(ids.completed)).toMatchObject({ status: "completed", progress: 100, is_playlist: false, playlist_index: 0, playlist_total: 1 });
    expect(byId.get(ids.error)).toMatchObject({ status: "error" });
    expect(byId.get(ids.error)!.error_message).not.toBe("");
    expect(byId.get(ids.pending)).toMatchObject({ status: "pending", completed_at: null, speed: "", eta: "", progress: 0, filename: "" });
    const running = byId.get(ids.downloading)!;
    expect(running.downloaded_bytes as number).toBeGreaterThan(0);
    expect(running.filesize as number).toBeGreaterThan(running.downloaded_bytes as number);
    expect(running.filename).toBe("");
  });
});

describe("POST /api/downloads", () => {
  it.each([
    [{ url: "file:///etc/passwd" }, /url: only http and https/],
    [{ url: "" }, /url: must not be empty/],
    [{ url: "http://127.0.0.1/x", download_type: "movie" }, /download_type/],
    [{ url: "http://127.0.0.1/x", quality: "4k" }, /quality: .*best, 2160p/],
    [{}, /url: must be a string/],
  ])("rejects %j with 400 naming the field, creating nothing", async (body, message) => {
    const before = (await listTasks()).length;
    const res = await post(body);
    expect(res.status).toBe(400);
    const error = res.body as { error: { code: string; message: string } };
    expect(error.error.code).toBe("BAD_REQUEST");
    expect(error.error.message).toMatch(message);
    expect(await listTasks()).toHaveLength(before);
  });

  it("answers 415 for a body that is not JSON", async () => {
    const res = await rest(server.url, "/api/downloads", { method: "POST", body: "url=x" });
    expect(res.status).toBe(415);
  });
});
