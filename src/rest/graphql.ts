import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { ExecutionResult } from "graphql";
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
  RATE_LIMITED: [429, "TOO_MANY_REQUESTS"],
  STORAGE_FULL: [507, "INSUFFICIENT_STORAGE"],
  UPSTREAM_FAILED: [502, "BAD_GATEWAY"],
};

/**
 * Executes a typed document through yoga's envelop: the same schema, plugins, masking and caller
 * as /graphql, without a JSON round trip (the contract's listing is megabytes). The documents
 * are ours and checked by codegen, so parsing and validation are skipped.
 */
export async function execute<R, V>(yoga: Yoga, document: TypedDocumentNode<R, V>, variables: V, caller: Caller | undefined): Promise<R> {
  const enveloped = yoga.getEnveloped({ caller });
  const result = (await enveloped.execute({
    schema: enveloped.schema,
    document,
    variableValues: variables as Record<string, unknown>,
    contextValue: await enveloped.contextFactory(),
  })) as ExecutionResult<R>;
  const error = result.errors?.[0]; // masked already, as on /graphql
  if (error) throw restError(String(error.extensions?.code), error.message);
  return result.data as R;
}

type Failure = { code: string; message: string };

/** A mutation's result: its success branch, or the REST error of its typed failure (a member of the Error interface). */
export function succeeded<T extends object>(result: T): Exclude<T, Failure> {
  if ("code" in result) throw restError(String(result.code), (result as unknown as Failure).message);
  return result as Exclude<T, Failure>;
}

function restError(graphqlCode: string, message: string): RestError {
  const [status, code] = STATUS_BY_CODE[graphqlCode] ?? [500, "INTERNAL"];
  return new RestError(status, code, status === 500 ? "internal server error" : message);
}
