import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { rest } from "../openapi.js";
import { ADD, startServerProcess, TASK, type ServerProcess } from "./server.js";

const TOKEN = "first-token-0123456789abcdef";
const ROTATED = "second-token-0123456789abcdef";
const WRONG = "wrong-token-0123456789abcdef";

let fixture: FixtureServer;
let server: ServerProcess;
let task: { id: string; filename: string; fileUrl: string; thumbnailUrl: string };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const CREDENTIALS: Array<[string, Record<string, string>]> = [
  ["no token", {}],
  ["a wrong token", bearer(WRONG)],
  ["a malformed header", { authorization: TOKEN }],
];

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({
    API_TOKEN: `${TOKEN},${ROTATED}`,
    ALLOW_PRIVATE_ADDRESSES: "true",
    NODE_ENV: "production",
    MAX_WS_CONNECTIONS: "3",
    MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
  });
  const { body } = await server.gql(ADD, { url: fixture.url("/page.html?auth") }, bearer(TOKEN));
  const id = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
  task = await waitFor(async () => {
    const current = (await server.gql(TASK, { id }, bearer(TOKEN))).body.data!.download as typeof task & { status: string };
    return current.status === "COMPLETED" && current.thumbnailUrl ? current : undefined;
  }, { what: "the page to download" });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

describe.each(CREDENTIALS)("with %s", (_name, headers) => {
  it("REST answers 401 in the REST error format", async () => {
    for (const route of ["/api/downloads", `/api/downloads/${task.id}`, `/api/downloads/${task.id}/file`, `/api/thumbnails/${task.id}`]) {
      const res = await rest(server.base, route, { headers }); // documented in the OpenAPI document too
      expect(res.status, route).toBe(401);
      expect(res.body, route).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.stringMatching(/Bearer/) } });
    }
    const post = await fetch(`${server.base}/api/downloads`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ url: fixture.url("/clip.mp4?sneaky") }),
    });
    expect(post.status).toBe(401);
  });

  it("GraphQL over HTTP answers 401 with UNAUTHENTICATED", async () => {
    const { status, body } = await server.gql(`{ downloads { id } }`, undefined, headers);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("graphql-ws closes the socket with 4403 Forbidden", async () => {
    const authorization = headers.authorization;
    const closed = await closeEvent(connect(authorization ? { authorization } : undefined));
    expect(closed.code).toBe(4403);
  });
});

describe("with the right token", () => {
  it("serves REST and GraphQL for either token of the rotation", async () => {
    for (const token of [TOKEN, ROTATED]) {
      expect((await fetch(`${server.base}/api/downloads`, { headers: bearer(token) })).status).toBe(200);
      const { status, body } = await server.gql(`{ downloads { id } }`, undefined, bearer(token));
      expect(status).toBe(200);
      expect(body.data!.downloads).toHaveLength(1);
    }
  });

  it("serves the file and the thumbnail", async () => {
    const file = await fetch(`${server.base}/api/downloads/${task.id}/file`, { headers: bearer(TOKEN) });
    expect(file.status).toBe(200);
    const onDisk = await readFile(path.join(server.dataDir, "downloads", task.filename));
    expect(Buffer.from(await file.arrayBuffer()).equals(onDisk)).toBe(true);
    expect((await fetch(`${server.base}/api/thumbnails/${task.id}`, { headers: bearer(TOKEN) })).status).toBe(200);
  });

  it("subscribes over graphql-ws with connectionParams", async () => {
    const client = connect({ authorization: `Bearer ${TOKEN}` });
    const first = await new Promise<unknown>((resolve, reject) => {
      client.subscribe({ query: `subscription($id: ID) { downloadUpdated(id: $id) { id status } }`, variables: { id: task.id } }, {
        next: resolve,
        error: reject,
        complete: () => undefined,
      });
    });
    expect(first).toEqual({ data: { downloadUpdated: { id: task.id, status: "COMPLETED" } } });
    await client.dispose();
  });
});

describe("signed links", () => {
  it("serve the file and thumbnail without the token, and nothing else", async () => {
    expect(task.fileUrl).toMatch(new RegExp(`^/api/downloads/${task.id}/file\\?expires=\\d+&signature=`));
    expect(task.fileUrl).not.toContain(TOKEN);
    const file = await fetch(`${server.base}${task.fileUrl}`);
    expect(file.status).toBe(200);
    expect((await fetch(`${server.base}${task.thumbnailUrl}`)).status).toBe(200);
    // A signature is bound to its path and cannot be edited or moved.
    const query = task.fileUrl.slice(task.fileUrl.indexOf("?"));
    expect((await fetch(`${server.base}/api/thumbnails/${task.id}${query}`)).status).toBe(401);
    expect((await fetch(`${server.base}/api/downloads${query}`)).status).toBe(401);
    expect((await fetch(`${server.base}${task.fileUrl.replace(/signature=./, "signature=A")}`)).status).toBe(401);
    expect((await fetch(`${server.base}${task.fileUrl.replace(/expires=\d+/, "expires=9999999999")}`)).status).toBe(401);
    expect((await fetch(`${server.base}${task.fileUrl}`, { method: "DELETE" })).status).toBe(401);
  });
});

describe("open endpoints", () => {
  it("serve the OpenAPI document and the health check without a token", async () => {
    expect((await fetch(`${server.base}/api/openapi.json`)).status).toBe(200);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
  });
});

describe("limits", () => {
  it("gives no field suggestions in production", async () => {
    const { body } = await server.gql(`{ download(id: "x") { titl } }`, undefined, bearer(TOKEN));
    expect(body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it("closes connections over MAX_WS_CONNECTIONS with a clear reason", async () => {
    // Only authenticated sockets count (test/security/websocket.test.ts: idle ones cannot crowd them out).
    const sockets = await Promise.all([1, 2, 3].map(() => openSocket(TOKEN)));
    const fourth = await openSocket();
    fourth.send(connectionInit(TOKEN));
    const [code, reason] = await new Promise<[number, string]>((resolve) => fourth.once("close", (c, r) => resolve([c, r.toString()])));
    expect(code).toBe(1013);
    expect(reason).toMatch(/MAX_WS_CONNECTIONS=3/);
    await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once("close", resolve).close())));
  });

  it("refuses subscriptions over MAX_SUBSCRIPTIONS_PER_CONNECTION", async () => {
    const client = connect({ authorization: `Bearer ${TOKEN}` });
    const outcomes = await Promise.all(
      [1, 2, 3].map(
        (n) =>
          new Promise<string>((resolve) => {
            client.subscribe({ query: `subscription S${n}($id: ID) { downloadUpdated(id: $id) { id } }`, variables: { id: task.id } }, {
              next: () => resolve("running"),
              error: (error) => resolve(error instanceof Error ? error.message : JSON.stringify(error)),
              complete: () => undefined,
            });
          }),
      ),
    );
    expect(outcomes.filter((o) => o === "running")).toHaveLength(2);
    expect(outcomes.find((o) => o !== "running")).toMatch(/MAX_SUBSCRIPTIONS_PER_CONNECTION=2/);
    await client.dispose();
  });

  it("closes a socket that never authenticates once the init timeout passes", async () => {
    const socket = await openSocket();
    const code = await new Promise<number>((resolve) => socket.once("close", (c) => resolve(c)));
    expect(code).toBe(4408); // graphql-ws: connection initialisation timeout
  });
});

describe("start-up", () => {
  it("refuses to listen beyond loopback without API_TOKEN, naming it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, HOST: "0.0.0.0", PORT: "0", API_TOKEN: "", DATA_DIR: server.dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/API_TOKEN/);
    expect(stderr).toMatch(/ALLOW_UNAUTHENTICATED=true/);
    expect(stderr).not.toMatch(/\n\s+at /); // one message, no stack
  });
});

function connect(connectionParams?: Record<string, string>): Client {
  return createClient({
    url: `ws://127.0.0.1:${server.port}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams,
    onNonLazyError: () => undefined,
  });
}

function closeEvent(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => client.on("closed", (event) => resolve(event as { code: number; reason: string })));
}

const connectionInit = (token: string) => JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } });

/** A raw graphql-ws socket; with a token it sends connection_init and resolves once acknowledged. */
function openSocket(token?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws");
    ws.once("error", reject);
    if (!token) return void ws.once("open", () => resolve(ws));
    ws.once("open", () => ws.send(connectionInit(token)));
    ws.once("message", () => resolve(ws));
    ws.once("close", (code) => reject(new Error(`closed with ${code} before connection_ack`)));
  });
}
