import type { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";
import { isServiceError } from "../services/errors.js";

/**
 * Service errors reach clients with their message and code (plus the field at fault, all from
 * the service error's `extensions`); anything else is masked and logged. Returning the error
 * unchanged tells yoga it was expected, so it is not logged as a server error.
 */
export function maskServiceError(error: unknown, message: string, isDev?: boolean): Error {
  if (isServiceError((error as Partial<GraphQLError>).originalError)) return error as GraphQLError;
  return maskError(error, message, isDev);
}
