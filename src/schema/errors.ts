import type { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";
import { ConflictError, InputError, NotFoundError } from "../services/errors.js";

const CODES = new Map<Function, string>([
  [InputError, "BAD_USER_INPUT"],
  [NotFoundError, "NOT_FOUND"],
  [ConflictError, "CONFLICT"],
]);

/**
 * Service errors reach clients with their message and a code (plus the field at fault);
 * anything else is masked and logged. The error is tagged in place: returning it unchanged
 * tells yoga it was expected, so it is not logged as a server error.
 */
export function maskServiceError(error: unknown, message: string, isDev?: boolean): Error {
  const original = (error as Partial<GraphQLError>).originalError;
  const code = original ? CODES.get(original.constructor) : undefined;
  if (!code) return maskError(error, message, isDev);
  const graphQLError = error as GraphQLError;
  Object.assign(graphQLError.extensions, { code }, original instanceof InputError ? { field: original.field } : {});
  return graphQLError;
}
