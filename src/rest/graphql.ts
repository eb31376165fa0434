import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import type { Caller } from "../security/auth.js";
import { RestError } from "./http.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Yoga = YogaServerInstance<any, any>;

const STATUS_BY_CODE: Record<string, [number, string]> = {
  BAD_USER_INPUT: [400, "BAD_REQUEST"],
  GRAPHQL_VALIDATION_FAILED: [400, "BAD_REQUEST"],
  NOT_FOUND: [404, "NOT_FOUND"],
  UNAUTHENTICATED: [401, "UNAUTHENTICATED"],
  CONFLICT: [409, "CONFLICT"],
};

const printed = new WeakMap<object, string>();

/** Executes a typed document through yoga (same schema, plugins, masking and caller as /graphql). */
export async function execute<R, V>(yoga: Yoga, document: TypedDocumentNode<R, V>, variables: V, caller: Caller | undefined): Promise<R> {
  let query = printed.get(document);
  if (!query) printed.set(document, (query = print(document)));
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  }, { caller });
  const result = (await response.json()) as { data?: R | null; errors?: GraphQLFormattedError[] };
  const error = result.errors?.[0];
  if (error) {
    const [status, code] = STATUS_BY_CODE[String(error.extensions?.code)] ?? [500, "INTERNAL"];
    throw new RestError(status, code, status === 500 ? "internal server error" : error.message);
  }
  return result.data as R;
}
