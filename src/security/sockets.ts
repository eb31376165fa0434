import type { IncomingMessage, Server } from "node:http";
import type { WebSocket } from "ws";

export type SocketLimits = {
  /** Authenticated WebSockets open at once (MAX_WS_CONNECTIONS). */
  maxWsConnections: number;
  /** Sockets from one address that have not authenticated yet (MAX_WS_PENDING_PER_ADDRESS). */
  maxPendingPerAddress: number;
  /** How long a socket may take to authenticate (graphql-ws' connection_init wait). */
  initTimeoutMs: number;
  /** The largest message after authentication; before it, PRE_AUTH_MAX_BYTES. */
  maxMessageBytes: number;
  /** HTTP: all connections at once, and how long a request's headers and whole body may take. */
  maxHttpConnections: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
};

/** connection_init carries a token and little else: nothing unauthenticated may cost more. */
export const PRE_AUTH_MAX_BYTES = 4096;

/** WebSocket close code 1013: the server is overloaded, try again later. */
const TRY_AGAIN_LATER = 1013;

/** A socket still closing this long after its init wait is cut (ws would wait 30 s for the peer). */
const CLOSE_GRACE_MS = 1000;

/** HTTP limits: a slow client holds a connection only as long as its request may take. */
export function limitHttp(server: Server, limits: SocketLimits): void {
  server.maxConnections = limits.maxHttpConnections;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
}

/**
 * Keeps unauthenticated WebSockets cheap: each address may hold a few (a new one past that cuts
 * the oldest, so a crowd behind the same address, as everyone behind one reverse proxy is, cannot
 * keep a real client waiting), each may send a few KB and must authenticate within the init wait
 * or be cut, and only authenticated sockets count against MAX_WS_CONNECTIONS.
 */
export class SocketGuard {
  private readonly pending = new Map<string, Set<WebSocket>>();
  /** Each pending socket's deadline: it is terminated unless it authenticates first. */
  private readonly deadlines = new WeakMap<WebSocket, NodeJS.Timeout>();
  private authenticated = 0;

  constructor(private readonly limits: SocketLimits) {}

  /**
   * A new socket: small messages only, and cut if it has not authenticated in time. One that
   * brought a valid credential at the upgrade (an Authorization header, the session cookie) is
   * not pending; of the others, the address's oldest is cut when it has too many.
   */
  opened(ws: WebSocket, req: IncomingMessage, credentialed: boolean): void {
    setMaxPayload(ws, PRE_AUTH_MAX_BYTES);
    if (credentialed) return; // graphql-ws' connection_init wait still applies
    const from = address(req);
    const waiting = this.pending.get(from) ?? new Set<WebSocket>();
    while (waiting.size >= this.limits.maxPendingPerAddress) {
      const oldest = waiting.values().next().value!;
      this.leave(from, oldest);
      oldest.terminate();
    }
    this.pending.set(from, waiting.add(ws));
    this.deadlines.set(ws, setTimeout(() => ws.terminate(), this.limits.initTimeoutMs + CLOSE_GRACE_MS));
    ws.once("close", () => this.leave(from, ws));
  }

  /** After the token checked out: false (and the socket closed with 1013) when the server is full. */
  authenticate(ws: WebSocket, req: IncomingMessage): boolean {
    if (this.authenticated >= this.limits.maxWsConnections) {
      ws.close(TRY_AGAIN_LATER, `too many connections (MAX_WS_CONNECTIONS=${this.limits.maxWsConnections})`);
      return false;
    }
    this.leave(address(req), ws);
    this.authenticated++;
    ws.once("close", () => this.authenticated--);
    setMaxPayload(ws, this.limits.maxMessageBytes);
    return true;
  }

  private leave(from: string, ws: WebSocket): void {
    clearTimeout(this.deadlines.get(ws));
    const waiting = this.pending.get(from);
    if (waiting?.delete(ws) && waiting.size === 0) this.pending.delete(from);
  }
}

const address = (req: IncomingMessage) => req.socket.remoteAddress ?? "unknown";

/**
 * ws checks a frame's declared length against its receiver's limit as the header arrives, before
 * buffering the body; the limit is fixed per server, so it is moved per socket here (ws 8's
 * receiver keeps it in `_maxPayload`; test/security/websocket.test.ts fails if that changes).
 */
function setMaxPayload(ws: WebSocket, bytes: number): void {
  const receiver = (ws as unknown as { _receiver?: { _maxPayload: number } })._receiver;
  if (receiver) receiver._maxPayload = bytes;
}
