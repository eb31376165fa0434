import type { ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, spawnServerProcess, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest } from "./openapi.js";

/** Presets over GraphQL and REST; cookies against a page that needs a login, in a server process of its own. */

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

const send = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("presets", () => {
  it("are created, listed, changed and deleted over REST, with typed errors", async () => {
    const created = await rest(server.url, "/api/presets", jsonBody({ name: "Podcasts", download_type: "audio", quality: "128k", options: { audio_format: "opus", folder: "{uploader}" } }));
    expect(created.status).toBe(201);
    const preset = created.body as { id: string; options: { audio_format: string; folder: string }; has_cookies: boolean };
    expect(preset.options).toMatchObject({ audio_format: "opus", folder: "{uploader}" });
    expect(preset.has_cookies).toBe(false);

    const duplicate = await rest(server.url, "/api/presets", jsonBody({ name: "Podcasts" }));
    expect(duplicate.status).toBe(409);
    const escaping = await rest(server.url, "/api/presets", jsonBody({ name: "Escape", options: { folder: "../outside" } }));
    expect(escaping.status).toBe(400);
    expect(JSON.stringify(escaping.body)).toContain("options.folder");
    const unknown = await rest(server.url, "/api/presets", jsonBody({ name: "Unknown", options: { format: "best" } }));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain("options.format");

    const changed = await rest(server.url, `/api/presets/${preset.id}`, send("PATCH", { is_default: true, options: { audio_format: "flac" } }));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ is_default: true, options: { audio_format: "flac", folder: null } });
    expect((await rest(server.url, "/api/presets")).body).toEqual([changed.body]);

    // The default preset applies when a download names none; the request's own fields win.
    const added = await rest(server.url, "/api/downloads", jsonBody({ url: fixture.url("/clip.mp4") }));
    expect(added.status).toBe(201);
    expect((added.body as Array<{ download_type: string; quality: string }>)[0]).toMatchObject({ download_type: "audio", quality: "128k" });
    const video = await rest(server.url, "/api/downloads", jsonBody({ url: fixture.url("/clip.mp4"), preset: "Podcasts", download_type: "video" }));
    expect((video.body as Array<{ download_type: string; quality: string }>)[0]).toMatchObject({ download_type: "video", quality: "best" });
    expect((await rest(server.url, "/api/downloads", jsonBody({ url: fixture.url("/clip.mp4"), preset: "Nope" }))).status).toBe(400);

    const stillDefault = await rest(server.url, `/api/presets/${preset.id}`, { method: "DELETE" });
    expect(stillDefault.status).toBe(409); // the default is not deleted from under the downloads that use it
    expect(JSON.stringify(stillDefault.body)).toMatch(/is the default/);
    expect((await rest(server.url, `/api/presets/${preset.id}`, send("PATCH", { is_default: false }))).status).toBe(200);
    expect((await rest(server.url, `/api/presets/${preset.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await rest(server.url, `/api/presets/${preset.id}`)).status).toBe(404);
  });

  it("GraphQL: a duplicate name is a ConflictError, an invalid option an InvalidInputError naming the field", async () => {
    const create = (input: object) =>
      server.gqlRaw(`mutation($input: CreatePresetInput!) { createPreset(input: $input) { __typename ... on InvalidInputError { field } ... on Preset { id name } } }`, { input });
    expect((await create({ name: "Twice" })).data).toMatchObject({ createPreset: { __typename: "Preset" } });
    expect((await create({ name: "Twice" })).data).toMatchObject({ createPreset: { __typename: "ConflictError" } });
    expect((await create({ name: "Bad", options: { subtitles: { languages: ["en;rm"] } } })).data).toMatchObject({ createPreset: { field: "options.subtitles.languages" } });
    expect((await create({ name: "Bad", options: { sponsorBlockRemove: ["ads"] } })).data).toMatchObject({ createPreset: { field: "options.sponsorBlockRemove" } });
    expect((await create({ name: "Bad", options: { folder: "{nope}" } })).data).toMatchObject({ createPreset: { field: "options.folder" } });
    expect((await create({ name: "Bad", downloadType: "AUDIO", quality: "720p" })).data).toMatchObject({ createPreset: { field: "quality" } });
  });
});

describe("cookies", () => {
  let child: ChildProcess;
  let base: string;
  let dataDir: string;
  let output = "";

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-cookies-"));
    const started = await spawnServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: "debug" });
    child = started.child;
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    base = `http://127.0.0.1:${started.port}`;
  });
  afterAll(async () => {
    child?.kill("SIGTERM");
    await new Promise((resolve) => child?.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  const cookiesFile = (value: string) => `# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t${value}\n`;

  it("a page that needs a login fails without cookies and completes with the preset's; the value is never shown", async () => {
    const answers: string[] = [];
    const call = async (route: string, init?: RequestInit) => {
      const response = await fetch(`${base}${route}`, init);
      const text = await response.text();
      answers.push(text);
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };
    const events: string[] = [];
    const ws = createClient({ url: `${base.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const unsubscribe = ws.subscribe(
      { query: "subscription { downloadEvents { __typename download { id status errorMessage title } } }" },
      { next: (event) => void events.push(JSON.stringify(event)), error: () => undefined, complete: () => undefined },
    );
    let presetId = "";
    const finish = (id: string) => waitFor(async () => ((d) => FINAL.includes(String(d.status).toUpperCase()) && d)((await call(`/api/downloads/${id}`)).body), { what: "the task" });
    try {
      const [without] = (await call("/api/downloads", jsonBody({ url: fixture.url("/private/page.html") }))).body as unknown as Array<{ id: string }>;
      expect((await finish(without!.id)).status).toBe("error");

      const preset = (await call("/api/presets", jsonBody({ name: "Logged in" }))).body as { id: string };
      presetId = preset.id;
      const refused = await call(`/api/presets/${preset.id}/cookies`, { method: "PUT", headers: { "content-type": "text/plain" }, body: `not a cookie ${SESSION_COOKIE}\n` });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toMatch(/line 1/);
      const stored = await call(`/api/presets/${preset.id}/cookies`, { method: "PUT", headers: { "content-type": "text/plain" }, body: cookiesFile(SESSION_COOKIE) });
      expect(stored.status).toBe(200);
      expect(stored.body).toMatchObject({ has_cookies: true });
      expect((await stat(path.join(dataDir, "cookies", `${preset.id}.txt`))).mode & 0o777).toBe(0o600);

      const [withCookies] = (await call("/api/downloads", jsonBody({ url: fixture.url("/private/page.html"), preset: preset.id }))).body as unknown as Array<{ id: string }>;
      const done = await finish(withCookies!.id);
      expect(done.status).toBe("completed");
      expect(done.title).toMatch(/^Private Clip/);
      await call("/graphql", jsonBody({ query: `{ presets { id name hasCookies options { ytdlpArgs } } downloads(limit: 10) { id errorMessage options { folder } preset { name hasCookies } } }` }));
    } finally {
      unsubscribe();
      await ws.dispose();
    }
    expect(events.length).toBeGreaterThan(0);
    for (const seen of [...answers, ...events, output]) expect(seen).not.toContain(SESSION_COOKIE);
    // The run's own copy of the cookies is gone with the run.
    expect(await readdir(path.join(dataDir, "cookies"))).toEqual([`${presetId}.txt`]);
  });
});
