import { execFileSync } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { CAN_MOUNT } from "./fixtures/tmpfs.js";
import { rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";

/** The API's names, tags and bulk mutations (#23): what a GraphQL or REST client meets first. */

let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "2" });
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

type Task = { id: string; status: string; thumbnailUrl: string | null; formatNote: string | null };
const TASK = "id status thumbnailUrl formatNote";
const task = (id: string) => rootField<Task>(server, `query($id: ID!) { download(id: $id) { ${TASK} } }`, { id });
const addMany = (urls: string[]) =>
  rootField<{ __typename: string; downloads?: Task[]; field?: string; reason?: string }>(
    server,
    `mutation($inputs: [AddDownloadInput!]!) { addDownloads(inputs: $inputs) { __typename ... on AddDownloadsPayload { downloads { ${TASK} } } ... on InvalidInputError { field reason } } }`,
    { inputs: urls.map((url) => ({ url })) },
  );
const finished = (id: string) => waitFor(async () => ((await task(id)).status === "COMPLETED" ? task(id) : undefined), { what: `task ${id} completed` });
const thumbnailsOf = async (id: string) => (await readdir(server.config.thumbnailDir)).filter((name) => name.startsWith(`${id}.`));

describe("REST answers", () => {
  it("405 with Allow for a method a path does not take, 404 for a path nothing answers", async () => {
    const wrong = await fetch(`${server.url}/api/downloads`, { method: "PUT" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST, DELETE, HEAD");
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
    expect((await fetch(`${server.url}/api/downloads/some-id/cancel`)).headers.get("allow")).toBe("POST");
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(404);
  });

  it("an ETag per query, and one for a single task that a matching If-None-Match turns into 304", async () => {
    const [added] = (await addMany([fixture.url("/clip.mp4?etag")])).downloads!;
    await finished(added!.id);
    const tags = await Promise.all(["", "?limit=1", "?status=error"].map(async (query) => (await fetch(`${server.url}/api/downloads${query}`)).headers.get("etag")));
    expect(new Set(tags).size).toBe(3);
    const one = await fetch(`${server.url}/api/downloads/${added!.id}`);
    const etag = one.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await fetch(`${server.url}/api/downloads/${added!.id}`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});

describe("GraphQL names and facts", () => {
  it("serverInfo tells the version, whether a token is needed, and the limits", async () => {
    const info = await rootField<{ version: string; authRequired: boolean; limits: Record<string, number> }>(
      server,
      "{ serverInfo { version authRequired limits { maxConcurrentDownloads maxPageSize maxTasksPerMinute maxRequestBodyBytes } } }",
    );
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.authRequired).toBe(false);
    expect(info.limits).toEqual({ maxConcurrentDownloads: 2, maxPageSize: 10_000, maxTasksPerMinute: 1000, maxRequestBodyBytes: 65_536 });
  });

  it("codes are an ErrorCode enum, results are <Mutation>Payload, connections are <Type>Connection", async () => {
    const names = await rootField<{ types: Array<{ name: string; kind: string }> }>(server, "{ __schema { types { name kind } } }");
    const byName = new Map(names.types.map((t) => [t.name, t.kind]));
    expect(byName.get("ErrorCode")).toBe("ENUM");
    for (const name of ["AddDownloadPayload", "ClearDownloadsPayload", "RemoveDownloadPayload", "CancelGroupPayload", "DownloadConnection", "DownloadEdge"]) expect(byName.get(name), name).toBe("OBJECT");
    for (const gone of ["AddDownloadSuccess", "ClearedDownloads", "RemovedDownload", "QueryDownloadsConnection"]) expect(byName.has(gone), gone).toBe(false);
    const missing = await rootField<{ code: string }>(server, `mutation { cancelDownload(id: "no-such-task") { ... on Error { code } } }`);
    expect(missing.code).toBe("NOT_FOUND");
  });
});

describe("bulk mutations", () => {
  it("addDownloads queues all, or none and names the line at fault", async () => {
    const before = (await server.downloads.list({})).length;
    const refused = await addMany([fixture.url("/clip.mp4?bulk-a"), "ftp://example.com/x"]);
    expect(refused).toMatchObject({ __typename: "InvalidInputError", field: "inputs.1.url" });
    expect((await server.downloads.list({})).length).toBe(before);
    const queued = await addMany([fixture.url("/clip.mp4?bulk-a"), fixture.url("/clip.mp4?bulk-b")]);
    expect(queued.downloads).toHaveLength(2);
    await Promise.all(queued.downloads!.map((d) => finished(d.id)));
  });

  it("cancel, retry and remove many ids, naming each one that could not be", async () => {
    const slow = (await addMany([fixture.url("/slow/20000/long.mp4?bulk-1"), fixture.url("/slow/20000/long.mp4?bulk-2")])).downloads!;
    const ids = [...slow.map((d) => d.id), "no-such-task"];
    type Outcome = { downloads: Array<{ id: string; status: string }>; failed: Array<{ id: string; code: string }> };
    const outcome = (field: string, extra = "") =>
      rootField<Outcome>(server, `mutation($ids: [ID!]!) { ${field}(ids: $ids${extra}) { ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Payload { downloads { id status } failed { id code } } } }`, { ids });
    const cancelled = await outcome("cancelDownloads");
    expect(cancelled.downloads.map((d) => d.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(cancelled.failed).toEqual([{ id: "no-such-task", code: "NOT_FOUND" }]);
    const retried = await outcome("retryDownloads");
    expect(retried.downloads.map((d) => d.status)).toEqual(["PENDING", "PENDING"]);
    const removed = await outcome("removeDownloads", ", deleteFiles: true");
    expect(removed.downloads.map((d) => d.id)).toEqual(slow.map((d) => d.id));
    expect(removed.failed.map((f) => f.id)).toEqual(["no-such-task"]);
    for (const d of slow) expect(await task(d.id)).toBeNull();
    const tooMany = await rootField<{ __typename: string; field: string }>(server, `mutation($ids: [ID!]!) { cancelDownloads(ids: $ids) { __typename ... on InvalidInputError { field } } }`, { ids: [] });
    expect(tooMany).toEqual({ __typename: "InvalidInputError", field: "ids" });
  });
});

describe("a task's thumbnail and format", () => {
  it("shows the saved thumbnail while downloading, says the format only once known, and clearing removes the thumbnail", async () => {
    const [added] = (await addMany([fixture.url("/page.html?video=/slow/60000/clip.mp4&thumb-early")])).downloads!;
    const early = await waitFor(async () => {
      const now = await task(added!.id);
      return now.status === "DOWNLOADING" && now.thumbnailUrl ? now : undefined;
    }, { what: "a thumbnail while downloading" });
    expect(early.formatNote).toBeNull(); // a bare file: yt-dlp does not know its height until it is read
    const done = await finished(added!.id);
    expect(done.thumbnailUrl).not.toBeNull();
    expect(done.formatNote).toMatch(/^\d+p$/);
    expect(await thumbnailsOf(added!.id)).toHaveLength(1);
    await rootField(server, `mutation { clearDownloads(status: [COMPLETED]) { __typename } }`);
    expect(await thumbnailsOf(added!.id)).toEqual([]);
  });
});

describe("a URL that turns out to be a playlist", () => {
  it("stays pending while it is listed: its first task never seems to run and go back to the queue", async () => {
    const seen = new Map<string, string[]>();
    const stop = server.downloads.bus.on((event) => {
      if (event.kind === "status") seen.set(event.download.id, [...(seen.get(event.download.id) ?? []), event.download.status]);
    });
    try {
      const [first] = (await addMany([fixture.url("/feed.rss?n=2&pending-while-listed")])).downloads!;
      await finished(first!.id);
      const statuses = seen.get(first!.id)!;
      expect(statuses.at(-1)).toBe("completed");
      // After it first runs it only moves forward: never back to pending, as expanding used to make it.
      expect(statuses.slice(statuses.indexOf("downloading"))).not.toContain("pending");
    } finally {
      stop();
    }
  });
});

describe.skipIf(!CAN_MOUNT)("a failure writing a file", () => {
  it("is said plainly, and its message names no folder of the server's", async () => {
    const readOnly = path.join(server.config.downloadDir, "locked");
    await mkdir(readOnly, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", readOnly]);
    try {
      const added = await rootField<{ downloads: Array<{ id: string }> }>(
        server,
        `mutation($url: String!) { addDownload(input: { url: $url, options: { folder: "locked" } }) { ... on AddDownloadPayload { downloads { id } } } }`,
        { url: fixture.url("/clip.mp4?read-only-folder") },
      );
      const failed = added.downloads[0]!;
      const done = await waitFor(async () => {
        const t = await rootField<{ status: string; errorMessage: string; errorSummary: string }>(server, `query($id: ID!) { download(id: $id) { status errorMessage errorSummary } }`, { id: failed.id });
        return t.status === "ERROR" ? t : undefined;
      }, { what: "the task to fail" });
      expect(done.errorSummary).toBe("The server may not write to its download folder");
      expect(done.errorMessage).toMatch(/Read-only file system/);
      expect(done.errorMessage).not.toContain(server.config.dataDir);
      expect(done.errorMessage).not.toContain(os.tmpdir());
    } finally {
      execFileSync("umount", ["-l", readOnly]);
    }
  });
});
