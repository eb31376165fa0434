import { readFile } from "node:fs/promises";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, CancelDownload, GetDownload } from "./documents.js";
import { FINAL, ok, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest, type RestResponse } from "./openapi.js";

type Task = Record<string, unknown> & { id: string; status: string; filename: string };

let fixture: FixtureServer;
let server: TestServer;
const api = (p: string, init?: RequestInit) => rest(server.url, p, init);

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "2" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

const create = async (route: string, extra: Record<string, unknown> = {}) => {
  const res = await api("/api/downloads", jsonBody({ url: fixture.url(route), ...extra }));
  expect(res.status).toBe(201);
  return (res.body as Task[])[0]!;
};
const settled = (id: string) =>
  waitFor(async () => {
    const res = await api(`/api/downloads/${id}`);
    const task = res.body as Task;
    return FINAL.includes(task.status.toUpperCase()) ? task : undefined;
  }, { what: `task ${id} to finish` });
const errorCode = (res: RestResponse) => (res.body as { error: { code: string; message: string } }).error;

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await api("/api/openapi.json");
    expect(res.status).toBe(200);
    const result = await new Validator().validate(res.body as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("GET /api/downloads", () => {
  it("names a listing with an ETag: 304 while nothing changed, a new listing once a task is added", async () => {
    const first = await api("/api/downloads?status=pending,downloading,completed");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await api("/api/downloads?status=pending,downloading,completed");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.body).toEqual(first.body);
    expect((await api("/api/downloads?status=pending,downloading,completed", { headers: { "if-none-match": etag } })).status).toBe(304);

    const added = await create("/slow/40000/long.mp4?etag");
    const after = await api("/api/downloads?status=pending,downloading,completed", { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200); // read right after the write: never the listing from before it
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((after.body as Task[]).map((t) => t.id)).toContain(added.id);
    await server.gql(CancelDownload, { id: added.id });
  });

  it("filters by status, download_type, limit and offset", async () => {
    const done = await settled((await create("/clip.mp4?list-1")).id);
    const failed = await settled((await create("/missing.mp4?list-2")).id);
    const audio = await settled((await create("/clip.mp4?list-3", { download_type: "audio" })).id);

    const byStatus = (await api("/api/downloads?status=completed,error")).body as Task[];
    expect(byStatus.map((t) => t.id)).toEqual(expect.arrayContaining([done.id, failed.id, audio.id]));
    expect(byStatus.every((t) => ["completed", "error"].includes(t.status))).toBe(true);
    const errors = (await api("/api/downloads?status=error")).body as Task[];
    expect(errors.map((t) => t.id)).toContain(failed.id);
    expect(errors.every((t) => t.status === "error")).toBe(true);
    const audios = (await api("/api/downloads?download_type=audio")).body as Task[];
    expect(audios.map((t) => t.id)).toEqual([audio.id]);

    const all = (await api("/api/downloads")).body as Task[];
    const page = (await api("/api/downloads?limit=2&offset=1")).body as Task[];
    expect(page.map((t) => t.id)).toEqual(all.slice(1, 3).map((t) => t.id));
  });

  it.each([
    ["?colour=red", /colour: unknown parameter/],
    ["?status=finished", /status: must be one or more of/],
    ["?status=", /status: must be one or more of/],
    ["?download_type=movie", /download_type: must be "video" or "audio"/],
    ["?limit=-1", /limit: must be a whole number/],
    ["?offset=abc", /offset: must be a whole number/],
  ])("answers 400 naming the parameter for %s", async (query, message) => {
    const res = await api(`/api/downloads${query}`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
  });
});

describe("GET /api/downloads/{id}", () => {
  it("returns one task, and 404 for an unknown id", async () => {
    const task = await create("/clip.mp4?one");
    const res = await api(`/api/downloads/${task.id}`);
    expect(res.status).toBe(200);
    expect((res.body as Task).id).toBe(task.id);
    const missing = await api("/api/downloads/00000000-0000-0000-0000-000000000000");
    expect(missing.status).toBe(404);
    expect(errorCode(missing).code).toBe("NOT_FOUND");
  });
});

describe("POST /api/downloads", () => {
  it("answers 413 for a body over the limit and 415 for one that is not JSON", async () => {
    const big = await api("/api/downloads", jsonBody({ url: `http://127.0.0.1/${"x".repeat(100_000)}` }));
    expect(big.status).toBe(413);
    expect(errorCode(big).code).toBe("PAYLOAD_TOO_LARGE");
    const form = await api("/api/downloads", { method: "POST", headers: { "content-type": "text/plain" }, body: "url=x" });
    expect(form.status).toBe(415);
    const broken = await api("/api/downloads", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
  });
});

describe("cancel and retry", () => {
  it("cancels a running task, then answers 409 to cancelling it again", async () => {
    const task = await create("/slow/40000/long.mp4?rest-cancel");
    await waitFor(async () => ((await api(`/api/downloads/${task.id}`)).body as Task).status === "downloading");
    const res = await api(`/api/downloads/${task.id}/cancel`, { method: "POST" });
    expect(res.status).toBe(200);
    expect((res.body as Task).status).toBe("cancelled");
    const again = await api(`/api/downloads/${task.id}/cancel`, { method: "POST" });
    expect(again.status).toBe(409);
    expect(errorCode(again).code).toBe("CONFLICT");
  });

  it("retries a failed task, answers 409 for a completed one and 404 for an unknown one", async () => {
    const failed = await settled((await create("/flaky/rest-retry/clip.mp4?status=404")).id);
    expect(failed.status).toBe("error");
    const res = await api(`/api/downloads/${failed.id}/retry`, { method: "POST" });
    expect(res.status).toBe(200);
    expect((res.body as Task).status).toBe("pending");
    expect((await settled(failed.id)).status).toBe("completed");
    expect((await api(`/api/downloads/${failed.id}/retry`, { method: "POST" })).status).toBe(409);
    expect((await api("/api/downloads/00000000-0000-0000-0000-000000000000/retry", { method: "POST" })).status).toBe(404);
  });
});

describe("DELETE", () => {
  it("deletes one task, with its file when delete_file=true", async () => {
    const done = await settled((await create("/clip.mp4?rest-delete")).id);
    const file = path.join(server.config.downloadDir, done.filename);
    expect((await api(`/api/downloads/${done.id}?delete_file=maybe`, { method: "DELETE" })).status).toBe(400);
    const res = await api(`/api/downloads/${done.id}?delete_file=true`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect((await api(`/api/downloads/${done.id}`)).status).toBe(404);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
    expect((await api(`/api/downloads/${done.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("clears finished tasks by status, refusing unfinished ones", async () => {
    await settled((await create("/missing.mp4?rest-clear")).id);
    const res = await api("/api/downloads?status=error", { method: "DELETE" });
    expect(res.status).toBe(200);
    expect((res.body as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    expect((await api("/api/downloads?status=error")).body).toEqual([]);
    const refused = await api("/api/downloads?status=downloading", { method: "DELETE" });
    expect(refused.status).toBe(400);
    expect(errorCode(refused).message).toMatch(/status: only finished downloads/);
  });
});

describe("GET /api/downloads/{id}/file", () => {
  const title = "Ünïcødé “clip” ✓";
  let task: Task;
  let original: Buffer;

  beforeAll(async () => {
    task = await settled((await create(`/page.html?title=${encodeURIComponent(title)}`)).id);
    original = await readFile(path.join(server.config.downloadDir, task.filename));
  });

  it("streams the whole file with a UTF-8 safe Content-Disposition", async () => {
    expect(task.status).toBe("completed");
    const res = await api(`/api/downloads/${task.id}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(res.bytes.equals(original)).toBe(true);
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="Unic_de _clip_ _( \(1\))?__[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(task.filename);
    expect(task.filename).toMatch(/^Ünïcødé “clip” ✓( \(1\))?__/);
  });

  it.each([
    ["bytes=0-99", 0, 100],
    ["bytes=-100", -100, undefined],
  ])("answers 206 for %s", async (range, start, end) => {
    const res = await api(`/api/downloads/${task.id}/file`, { headers: { range } });
    expect(res.status).toBe(206);
    const expected = original.subarray(start, end);
    expect(res.bytes.equals(expected)).toBe(true);
    expect(res.headers.get("content-range")).toMatch(new RegExp(`^bytes \\d+-\\d+/${original.length}$`));
  });

  it("answers 416 for an unsatisfiable range", async () => {
    const res = await api(`/api/downloads/${task.id}/file`, { headers: { range: `bytes=${original.length + 10}-` } });
    expect(res.status).toBe(416);
    expect(errorCode(res).code).toBe("RANGE_NOT_SATISFIABLE");
    expect(res.headers.get("content-range")).toBe(`bytes */${original.length}`);
  });

  it("supports HEAD", async () => {
    const res = await api(`/api/downloads/${task.id}/file`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBe(original.length);
    expect(res.bytes.length).toBe(0);
  });

  it("answers 409 while the task is not completed", async () => {
    const running = await create("/slow/20000/long.mp4?not-yet");
    const res = await api(`/api/downloads/${running.id}/file`);
    expect(res.status).toBe(409);
    await api(`/api/downloads/${running.id}/cancel`, { method: "POST" });
  });
});

describe("REST and GraphQL agree", () => {
  const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  /** Where GraphQL says null (unknown, not applicable), the contract says "". */
  const EMPTY_WHEN_NULL = ["thumbnail", "speed", "eta", "format_note", "filename", "error_message"];
  const compare = (restTask: Task, gqlTask: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(restTask)) {
      const camel = Object.keys(gqlTask).find((k) => snake(k) === key)!;
      const graphql = gqlTask[camel];
      const expected = typeof graphql === "string" && ["status", "download_type"].includes(key)
        ? graphql.toLowerCase()
        : graphql === null && EMPTY_WHEN_NULL.includes(key) ? "" : graphql;
      expect(value, key).toEqual(expected);
    }
  };

  it("a task created over REST reads the same over GraphQL, and vice versa", async () => {
    const viaRest = await settled((await create("/clip.mp4?agree-rest", { quality: "720p" })).id);
    compare(viaRest, (await server.gql(GetDownload, { id: viaRest.id })).download!);

    const created = ok((await server.gql(AddDownload, { input: { url: fixture.url("/clip.mp4?agree-gql"), downloadType: "AUDIO" } })).addDownload).downloads[0]!;
    const viaGql = await waitFor(async () => {
      const d = (await server.gql(GetDownload, { id: created.id })).download!;
      return FINAL.includes(d.status) ? d : undefined;
    });
    compare((await api(`/api/downloads/${created.id}`)).body as Task, viaGql);
  });
});

describe("CORS", () => {
  it("is off by default and answers preflights when CORS_ORIGIN is set", async () => {
    expect((await api("/api/downloads")).headers.get("access-control-allow-origin")).toBeNull();
    const open = await startTestServer({ CORS_ORIGIN: "https://app.example" });
    try {
      const preflight = await fetch(`${open.url}/api/downloads`, {
        method: "OPTIONS",
        headers: { origin: "https://app.example", "access-control-request-method": "POST" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example");
      const list = await rest(open.url, "/api/downloads", { headers: { origin: "https://app.example" } });
      expect(list.headers.get("access-control-allow-origin")).toBe("https://app.example");
    } finally {
      await open.stop();
    }
  });
});

describe("errors", () => {
  it("are JSON for unknown endpoints and malformed URLs too", async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "no such endpoint" } });
    const bad = await fetch(`${server.url}/api/downloads/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });
});
