import type { IncomingMessage } from "node:http";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { Refusal } from "./edge.js";

/** Bounds on an operation's shape, checked while parsing and validating, before anything runs. */
export const GRAPHQL_LIMITS = { tokens: 1000, depth: 8, aliases: 10, directives: 20 } as const;

/**
 * graphql-armor's parse and validation limits. Cost (lists weighed by their page size) is the
 * schema's own concern: see MAX_COMPLEXITY in src/schema/builder.ts.
 */
export function graphqlLimitPlugins(production: boolean) {
  return [
    maxTokensPlugin({ n: GRAPHQL_LIMITS.tokens }),
    maxDepthPlugin({ n: GRAPHQL_LIMITS.depth, flattenFragments: true }),
    maxAliasesPlugin({ n: GRAPHQL_LIMITS.aliases }),
    maxDirectivesPlugin({ n: GRAPHQL_LIMITS.directives }),
    // Suggestions ("did you mean ...") map a hidden schema; GraphiQL users in development want them.
    ...(production ? [blockFieldSuggestionsPlugin()] : []),
  ];
}

/**
 * The largest GraphQL request body: a document is bounded to GRAPHQL_LIMITS.tokens, so this is
 * room for variables, and bounds how many keys JSON.parse can be made to build (a few tens of ms).
 */
export const MAX_GRAPHQL_BODY_BYTES = 128 * 1024;

/**
 * What is refused before yoga reads a byte of the body: a POST that does not say its length (so
 * its size can be judged first) or says more than MAX_GRAPHQL_BODY_BYTES, and, unless `sse`,
 * subscriptions over HTTP (server-sent events or multipart), which WebSocket's caps do not see.
 */
export function refuseGraphqlRequest(req: IncomingMessage, sse: boolean): Refusal | undefined {
  if (!sse && /text\/event-stream|multipart\/mixed/i.test(req.headers.accept ?? "")) {
    return { status: 406, code: "NOT_ACCEPTABLE", message: "subscriptions run over WebSocket (graphql-ws) at /graphql; GRAPHQL_SSE=true allows server-sent events" };
  }
  if (req.method !== "POST") return undefined;
  const length = req.headers["content-length"];
  if (length === undefined) return { status: 411, code: "LENGTH_REQUIRED", message: "a GraphQL POST must send Content-Length" };
  if (Number(length) > MAX_GRAPHQL_BODY_BYTES) {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: `a GraphQL request must be at most ${MAX_GRAPHQL_BODY_BYTES} bytes` };
  }
  return undefined;
}
