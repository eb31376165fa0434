import { readFile } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "./server.js";

const TOKEN = "websocket-test-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ API_TOKEN: TOKEN, WS_INIT_TIMEOUT_MS: "1000", REQUEST_TIMEOUT_MS: "2000", HEADERS_TIMEOUT_MS: "2000" });
});
afterAll(() => server?.close());

const rssKb = async () => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${server.child.pid}/status`, "utf8"))![1]);
const wsUrl = () => `ws://127.0.0.1:${server.port}/graphql`;
const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
const opened = (ws: WebSocket) => new Promise<void>((resolve, reject) => ws.once("open", resolve).once("error", reject));

/** A WebSocket that sends the token at the upgrade, as a reverse proxy's clients can. */
class HeaderWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { headers: AUTH });
  }
}

/**
 * An authenticated client connects and runs an operation over the socket: what the crowd must not
 * prevent. `atUpgrade`: the token in the upgrade's Authorization header, else in connection_init.
 */
async function runOverSocket(atUpgrade = false): Promise<string> {
  const client = createClient({ url: wsUrl(), webSocketImpl: atUpgrade ? HeaderWebSocket : WebSocket, retryAttempts: 0, ...(atUpgrade ? {} : { connectionParams: AUTH }) });
  try {
    return await new Promise<string>((resolve, reject) => {
      client.subscribe({ query: "{ downloads(limit: 1) { __typename } }" }, {
        next: (value) => resolve(JSON.stringify(value)),
        error: (error) => reject(error instanceof Error ? error : new Error(`closed: ${(error as { code?: number; reason?: string }).code} ${(error as { reason?: string }).reason}`)),
        complete: () => reject(new Error("completed without an event")),
      });
    });
  } finally {
    await client.dispose();
  }
}

/** 200 sockets from `localAddress` that never authenticate, each opened again when it is cut. */
function idleCrowd(localAddress: string) {
  let stopping = false;
  let cut = 0;
  const sockets = new Set<WebSocket>();
  const idle = (): void => {
    if (stopping) return;
    const ws = new WebSocket(wsUrl(), "graphql-transport-ws", { localAddress });
    sockets.add(ws);
    ws.on("error", () => undefined);
    ws.on("close", () => {
      cut++;
      sockets.delete(ws);
      setTimeout(idle, 20);
    });
  };
  for (let i = 0; i < 200; i++) idle();
  return {
    cut: () => cut,
    stop() {
      stopping = true;
      for (const ws of sockets) ws.terminate();
    },
  };
}

describe("unauthenticated WebSockets", () => {
  it("closes a 1 MB connection_init at once, without buffering it", async () => {
    const before = await rssKb();
    for (let i = 0; i < 20; i++) {
      const ws = new WebSocket(wsUrl(), "graphql-transport-ws");
      await opened(ws);
      const started = Date.now();
      ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: "x".repeat(1024 * 1024) } }));
      expect(await closed(ws)).toBe(1009); // message too big
      expect(Date.now() - started).toBeLessThan(2000);
    }
    expect((await rssKb()) - before).toBeLessThan(30 * 1024); // 20 MB sent; none of it kept
  });

  it("cannot keep an authenticated client out: 200 idle sockets from another address, reconnecting", async () => {
    const crowd = idleCrowd("127.0.0.2"); // another address of this machine: the crowd comes from somewhere else than the client
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let i = 0; i < 10; i++) expect(await runOverSocket()).toMatch(/"downloads":\[\]/);
      expect(crowd.cut()).toBeGreaterThan(0); // the crowd was capped at its address
    } finally {
      crowd.stop();
    }
  });

  it("cannot keep a client with a credential at the upgrade out from the same address (a reverse proxy): 200 idle sockets beside it", async () => {
    const crowd = idleCrowd("127.0.0.1");
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let i = 0; i < 5; i++) expect(await runOverSocket(true)).toMatch(/"downloads":\[\]/);
      expect(crowd.cut()).toBeGreaterThan(0);
    } finally {
      crowd.stop();
    }
  });

  it("cuts a socket that trickles a frame header instead of authenticating, and ignores the close", async () => {
    // By hand: a client library would answer the server's close frame, an attacker does not.
    const socket = connect(server.port, "127.0.0.1").on("error", () => undefined);
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      `GET /graphql HTTP/1.1\r\nhost: 127.0.0.1:${server.port}\r\nupgrade: websocket\r\nconnection: Upgrade\r\n` +
        `sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\nsec-websocket-protocol: graphql-transport-ws\r\n\r\n`,
    );
    const header = [0x81, 0xfe, 0x00, 0x40, 1, 2, 3, 4]; // a masked 64-byte text frame, one byte per half second
    const started = Date.now();
    const trickle = setInterval(() => socket.write(Buffer.from([header.shift() ?? 0x20])), 500);
    try {
      await new Promise((resolve) => socket.once("close", resolve));
    } finally {
      clearInterval(trickle);
    }
    expect(Date.now() - started).toBeLessThan(5000); // the init wait (1 s) and a grace second, not ws' 30 s
  });
});

describe("subscriptions over HTTP", () => {
  it("are refused (server-sent events and multipart) unless GRAPHQL_SSE=true", async () => {
    for (const accept of ["text/event-stream", "multipart/mixed"]) {
      const res = await fetch(`${server.base}/graphql`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json", accept },
        body: JSON.stringify({ query: "subscription { downloadEvents { __typename } }" }),
      });
      expect(res.status).toBe(406);
      expect(await res.text()).toMatch(/WebSocket/);
    }
  });
});

describe("HTTP budgets", () => {
  it("cuts a body that trickles in", async () => {
    const socket = connect(server.port, "127.0.0.1").on("error", () => undefined);
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(`POST /api/downloads HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`);
    const started = Date.now();
    const trickle = setInterval(() => socket.write("{"), 500);
    try {
      await new Promise((resolve) => socket.once("close", resolve));
    } finally {
      clearInterval(trickle);
    }
    expect(Date.now() - started).toBeLessThan(6000); // REQUEST_TIMEOUT_MS=2000, checked each second
  });

  it("refuses GraphQL variables over the limit before parsing them, and keeps answering", async () => {
    const variables = Object.fromEntries(Array.from({ length: 1_800_000 }, (_, i) => [`k${i}`, 1]));
    const body = JSON.stringify({ query: "query($x: Int) { downloads(limit: $x) { id } }", variables });
    expect(body.length).toBeGreaterThan(20_000_000);
    const big = fetch(`${server.base}/graphql`, { method: "POST", headers: { ...AUTH, "content-type": "application/json" }, body }).catch((error: Error) => error);
    const read = await fetch(`${server.base}/api/downloads?limit=1`, { headers: AUTH });
    expect(read.status).toBe(200);
    const answer = await big;
    if (answer instanceof Error) throw answer;
    expect(answer.status).toBe(413);
    expect((await answer.json()).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
