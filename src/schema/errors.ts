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

export type ReturnedError = InputError | NotFoundError | ConflictError | UpstreamError | RateLimitError;

export const ErrorCode = builder.enumType("ErrorCode", {
  description: "Which failure it is, for programs; the same text as `extensions.code` where errors are GraphQL errors",
  values: {
    BAD_USER_INPUT: { description: "InvalidInputError: an argument was refused" },
    NOT_FOUND: { description: "NotFoundError: nothing has that id" },
    CONFLICT: { description: "ConflictError: the state does not allow it" },
    UPSTREAM_FAILED: { description: "UpstreamError: something the server depends on failed" },
    RATE_LIMITED: { description: "RateLimitedError: too many new tasks for now" },
  } as const satisfies Record<ReturnedError["code"], { description: string }>,
});

/** What every failure a mutation returns has. */
const ErrorInterface = builder.interfaceRef<ReturnedError>("Error").implement({
  description: "A failure the client is expected to handle. Mutations return it in their result union",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people" }),
    code: t.field({ type: ErrorCode, description: "Which failure it is, for programs", resolve: (error) => error.code }),
  }),
});

builder.objectType(InputError, {
  name: "InvalidInputError",
  description: "An argument was refused; `field` names it (url, quality, status, ...). Code BAD_USER_INPUT",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString("field", { description: "The input field at fault" }),
    reason: t.exposeString("reason", { description: "Why it was refused, without the field name" }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "Nothing (no task, submission, preset, feed or notifier) has that id. Code NOT_FOUND",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The state does not allow this (cancelling a finished task, retrying a running one). Code CONFLICT",
  interfaces: [ErrorInterface],
});

builder.objectType(UpstreamError, {
  name: "UpstreamError",
  description: "Something the server depends on failed (the yt-dlp releases API, a feed's source); the message says what. Code UPSTREAM_FAILED",
  interfaces: [ErrorInterface],
});

builder.objectType(RateLimitError, {
  name: "RateLimitedError",
  description: "This caller created more tasks than MAX_TASKS_PER_MINUTE allows; try again later. Code RATE_LIMITED",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", { description: "Seconds until a new task is accepted" }),
  }),
});
