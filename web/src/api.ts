import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "./gql/graphql.js";

const TOKEN_KEY = "download-server-token";

/** The API token, kept in this browser once entered (only needed when the server has API_TOKEN set). */
export const token = {
  get: () => localStorage.getItem(TOKEN_KEY) ?? "",
  set: (value: string) => localStorage.setItem(TOKEN_KEY, value),
};

/** The server refused the token (or there is none and it needs one). */
export class Unauthenticated extends Error {}

const authorization = (): Record<string, string> => (token.get() ? { authorization: `Bearer ${token.get()}` } : {});

/** One GraphQL operation over HTTP; GraphQL errors are thrown with the server's message. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...authorization() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (res.status === 401) throw new Unauthenticated("the server needs an API token");
  const body = (await res.json()) as { data?: R; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

/** A graphql-ws client for one connection: the caller reconnects itself, so it can resume from its last cursor. */
export function connect(on: { connected(): void; closed(code: number): void }): Client {
  return createClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    connectionParams: authorization,
    lazy: false,
    retryAttempts: 0,
    on: { connected: on.connected, closed: (event) => on.closed((event as CloseEvent).code) },
  });
}
