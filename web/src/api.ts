import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "./gql/graphql.js";

/** Where an earlier version of this page kept the token, readable by any script on the page. */
const LEGACY_TOKEN_KEY = "download-server-token";

/** The server refused the request: the page must sign in (only when the server has API_TOKEN set). */
export class Unauthenticated extends Error {}

/**
 * Trades the API token for an HttpOnly session cookie (POST /api/session): from then on the
 * browser sends it with every request and WebSocket, and no script on the page can read it.
 * False when the server refused the token.
 */
export async function signIn(token: string): Promise<boolean> {
  const res = await fetch("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }) });
  return res.ok;
}

/** Forgets this browser's session (DELETE /api/session): the page asks for a token again. */
export async function signOut(): Promise<void> {
  await fetch("/api/session", { method: "DELETE" });
}

/** A token an earlier version kept in localStorage becomes a session, and leaves localStorage. */
export async function moveStoredToken(): Promise<void> {
  const stored = localStorage.getItem(LEGACY_TOKEN_KEY);
  if (stored === null) return;
  localStorage.removeItem(LEGACY_TOKEN_KEY);
  await signIn(stored).catch(() => false);
}

/** One GraphQL operation over HTTP; GraphQL errors are thrown with the server's message. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (res.status === 401) throw new Unauthenticated("the server needs an API token");
  const body = (await res.json()) as { data?: R; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

/** How long a new socket waits for the server's connection_ack. */
const ACK_WAIT_MS = 4000;

/** A graphql-ws client for one connection (the session cookie rides on the upgrade): the caller reconnects itself, so it can resume from its last cursor. */
export function connect(on: { connected(): void; closed(code: number): void }): Client {
  return createClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    lazy: false,
    retryAttempts: 0,
    // A handshake the server never acknowledges closes (4504) instead of leaving the page "Connecting…": the caller tries again.
    connectionAckWaitTimeout: ACK_WAIT_MS,
    on: { connected: on.connected, closed: (event) => on.closed((event as CloseEvent).code) },
  });
}
