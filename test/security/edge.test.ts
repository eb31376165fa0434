import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { ADD, startServerProcess, TASK, type ServerProcess } from "./server.js";

let fixture: FixtureServer;
let server: ServerProcess;
let taskId: string;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "true" });
  const { body } = await server.gql(ADD, { url: fixture.url("/clip.mp4?csrf") });
  taskId = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
  await waitFor(async () => (await taskStatus()) === "COMPLETED", { what: "the task to complete" });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

async function taskStatus(): Promise<string | undefined> {
  const { body } = await server.gql(TASK, { id: taskId });
  return (body.data?.download as { status: string } | null)?.status;
}

const REMOVE = `mutation { removeDownload(id: "ID", deleteFile: true) { __typename } }`;

describe("CSRF", () => {
  it("refuses a form post to /graphql with 415 and runs nothing", async () => {
    const res = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" },
      body: new URLSearchParams({ query: REMOVE.replace("ID", taskId) }),
    });
    expect([403, 415]).toContain(res.status);
    const same = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: REMOVE.replace("ID", taskId) }),
    });
    expect(same.status).toBe(415);
    expect(((await same.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/JSON/);
    expect(await taskStatus()).toBe("COMPLETED");
  });

  it("refuses a multipart post and a text/plain post", async () => {
    const form = new FormData();
    form.set("query", REMOVE.replace("ID", taskId));
    const multipart = await fetch(`${server.base}/graphql`, { method: "POST", body: form });
    expect(multipart.status).toBe(415);
    const text = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: REMOVE.replace("ID", taskId) }),
    });
    expect(text.status).toBe(415);
    expect(await taskStatus()).toBe("COMPLETED");
  });

  it("refuses REST changes from another origin (a form can POST without a preflight)", async () => {
    const res = await fetch(`${server.base}/api/downloads/${taskId}/retry`, { method: "POST", headers: { origin: "http://evil.example" } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    const clear = await fetch(`${server.base}/api/downloads`, { method: "DELETE", headers: { origin: "http://evil.example" } });
    expect(clear.status).toBe(403);
    expect(await taskStatus()).toBe("COMPLETED");
  });

  it("accepts a same-origin browser request", async () => {
    const res = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base },
      body: JSON.stringify({ query: "{ downloads(limit: 1) { id } }" }),
    });
    expect(res.status).toBe(200);
  });

  it("refuses batched operations", async () => {
    const res = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ downloads { id } }" }, { query: "{ downloads { id } }" }]),
    });
    expect(res.status).toBe(400);
  });
});

describe("DNS rebinding", () => {
  it("answers 403 JSON to a foreign Host, on GraphQL, REST and the WebSocket", async () => {
    const headers = { host: `attacker.example:${server.port}` };
    for (const path of ["/graphql?query=%7Bdownloads%7Bid%7D%7D", "/api/downloads"]) {
      const res = await rawGet(path, headers);
      expect(res.status, path).toBe(403);
      expect(res.body, path).toMatch(/ALLOWED_HOSTS/);
    }
    expect(await upgradeStatus({ host: `attacker.example:${server.port}` })).toBe(403);
  });

  it("accepts localhost, 127.0.0.1 and [::1] by default", async () => {
    for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
      expect((await rawGet("/api/downloads?limit=1", { host: `${host}:${server.port}` })).status, host).toBe(200);
    }
  });
});

describe("WebSocket origin", () => {
  it("refuses a browser on another origin, accepts the same origin and non-browser clients", async () => {
    expect(await upgradeStatus({ origin: "http://evil.example" })).toBe(403);
    expect(await upgradeStatus({ origin: server.base })).toBe(101);
    expect(await upgradeStatus({})).toBe(101);
  });
});

describe("headers", () => {
  it("sends nosniff everywhere and a CSP that forbids framing on HTML", async () => {
    const api = await fetch(`${server.base}/api/downloads?limit=1`);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await fetch(`${server.base}/graphql`, { headers: { accept: "text/html" } });
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("exposes no absolute server paths in the schema", async () => {
    const { body } = await server.gql(`{ __type(name: "Download") { fields { name } } }`);
    const names = (body.data!.__type as { fields: Array<{ name: string }> }).fields.map((f) => f.name);
    expect(names).not.toContain("filePath");
    expect(names).not.toContain("thumbnailPath");
    const task = (await server.gql(`query($id: ID!) { download(id: $id) { filename fileUrl thumbnailFile } }`, { id: taskId })).body;
    expect(JSON.stringify(task)).not.toContain(server.dataDir);
  });
});

/** A GET with headers fetch() would not let us set (Host). */
async function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: server.port, path, headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      })
      .on("error", reject);
  });
}

/** The HTTP status of a WebSocket upgrade to /graphql (101 when accepted). */
function upgradeStatus(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws", { headers });
    ws.once("open", () => {
      ws.close();
      resolve(101);
    });
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once("error", (error) => reject(error));
  });
}
