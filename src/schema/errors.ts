import type { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";
import { ConflictError, InputError, isServiceError, NotFoundError, RateLimitError, UpstreamError } from "../domain/errors.js";
import { builder } from "./builder.js";

/**
 * Service errors reach clients with their message and code (plus the field at fault, all from
 * the service error's `extensions`); anything else is masked and logged. Returning the error
 * unchanged tells yoga it was expected, so it is not logged as a server error.
 */
export function maskServiceError(error: unknown, message: string, isDev?: boolean): Error {
  if (isServiceError((error as Partial<GraphQLError>).originalError)) return error as GraphQLError;
  return maskError(error, message, isDev);
}

/** What every failure a mutation returns has; `code` equals `extensions.code` where errors are GraphQL errors. */
const ErrorInterface = builder.interfaceRef<InputError | NotFoundError | ConflictError | UpstreamError | RateLimitError>("Error").implement({
  description: "A failure the client is expected to handle. Mutations return it in their result union",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people" }),
    code: t.exposeString("code", { description: "BAD_USER_INPUT, NOT_FOUND, CONFLICT, UPSTREAM_FAILED or RATE_LIMITED, for programs" }),
  }),
});

builder.objectType(InputError, {
  name: "InvalidInputError",
  description: "An argument was refused; `field` names it (url, quality, status, ...)",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString("field", { description: "The input field at fault" }),
    reason: t.exposeString("reason", { description: "Why it was refused, without the field name" }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "No task (or submission) has that id",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The task's status does not allow this (cancelling a finished task, retrying a running one)",
  interfaces: [ErrorInterface],
});

builder.objectType(UpstreamError, {
  name: "UpstreamError",
  description: "Something the server depends on failed (the yt-dlp releases API); the message says what",
  interfaces: [ErrorInterface],
});

builder.objectType(RateLimitError, {
  name: "RateLimitedError",
  description: "This caller created more tasks than MAX_TASKS_PER_MINUTE allows; try again later",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", { description: "Seconds until a new task is accepted" }),
  }),
});
