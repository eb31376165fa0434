// GraphiQL's fetcher, built on its own (web/graphiql.config.ts) and loaded by the GraphiQL page:
// yoga's own fetcher sends the Headers tab over HTTP only, so subscriptions hung on a server with API_TOKEN.
import { getOperationAST, parse } from "graphql";
import { createClient, type FormattedExecutionResult } from "graphql-ws";

type Params = { query: string; operationName?: string | null; variables?: Record<string, unknown> | null };
type Options = { headers?: Record<string, unknown> };

/** What a person sees when the server closes the socket: a close code means nothing to most. */
export function closeMessage(code: number, reason: string): string {
  if (code === 4403) return "The server refused the connection (4403 Forbidden): put {\"authorization\": \"Bearer <your API_TOKEN>\"} under Headers and run again.";
  if (code === 1013) return `The server has too many connections open (1013): ${reason || "try again later"}.`;
  return `The connection closed (${code}${reason ? `: ${reason}` : ""}).`;
}

/** Header names as the server reads them (lower case), values as text. */
const headersOf = (options?: Options): Record<string, string> =>
  Object.fromEntries(Object.entries(options?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));

const isSubscription = (params: Params): boolean => {
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation === "subscription";
  } catch {
    return false; // the server answers a document that does not parse with its own error
  }
};

/** One socket per subscription, its connection_init payload the Headers tab; no silent reconnecting. */
async function* subscribe(url: string, params: Params, headers: Record<string, string>): AsyncGenerator<FormattedExecutionResult> {
  const client = createClient({ url, connectionParams: headers, retryAttempts: 0, lazy: true });
  try {
    yield* client.iterate({ query: params.query, operationName: params.operationName, variables: params.variables });
  } catch (error) {
    const closed = error as Partial<CloseEvent>;
    const message = typeof closed.code === "number" ? closeMessage(closed.code, closed.reason ?? "") : String(error);
    yield { errors: [{ message }] };
  } finally {
    await client.dispose();
  }
}

async function post(endpoint: string, params: Params, headers: Record<string, string>): Promise<unknown> {
  const res = await fetch(endpoint, {
    method: "POST",
    credentials: "same-origin",
    headers: { accept: "application/graphql-response+json, application/json", "content-type": "application/json", ...headers },
    body: JSON.stringify(params),
  });
  return res.json();
}

/** The fetcher GraphiQL calls with the operation and the Headers tab. */
export function fetcher(endpoint: string) {
  const url = new URL(endpoint, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return (params: Params, options?: Options) =>
    isSubscription(params) ? subscribe(url.href, params, headersOf(options)) : post(endpoint, params, headersOf(options));
}
