/**
 * A failure a client is expected to handle. `extensions` is what GraphQL copies into the error it
 * reports (graphql-js and graphql-jit both read it from the original error).
 */
abstract class ServiceError extends Error {
  abstract readonly code: string;

  get extensions(): Record<string, unknown> {
    return { code: this.code };
  }
}

/** A user-input problem, naming the field at fault. */
export class InputError extends ServiceError {
  readonly code = "BAD_USER_INPUT";

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }

  override get extensions() {
    return { code: this.code, field: this.field };
  }

  /** The same refusal, its field named inside a list of inputs: "url" becomes "inputs.2.url". */
  within(prefix: string): InputError {
    return new InputError(`${prefix}.${this.field}`, this.reason);
  }
}

/** The task asked for does not exist. */
export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND";
}

/** The task exists but its state does not allow the operation. */
export class ConflictError extends ServiceError {
  readonly code = "CONFLICT";
}

export const isServiceError = (error: unknown): error is ServiceError => error instanceof ServiceError;

/** Something the server depends on (the yt-dlp releases API) failed; the message says what. */
export class UpstreamError extends ServiceError {
  readonly code = "UPSTREAM_FAILED";
}

/** A subscription cursor older than the events the server keeps: read the list again. */
export class CursorExpiredError extends ServiceError {
  readonly code = "CURSOR_EXPIRED";
}

/** Too many requests of one kind from one caller (MAX_TASKS_PER_MINUTE); try again after a while. */
export class RateLimitError extends ServiceError {
  readonly code = "RATE_LIMITED";

  constructor(readonly retryAfterSeconds: number) {
    super(`too many new downloads; try again in ${retryAfterSeconds} s (MAX_TASKS_PER_MINUTE)`);
  }
}

/** The disk holding the data folder is full: nothing new can be stored until space is freed. */
export class StorageFullError extends ServiceError {
  readonly code = "STORAGE_FULL";

  constructor() {
    super("the disk holding DATA_DIR is full: free some space (the database and the downloads live there); reading still works");
  }
}

/** 'feed "A", feed "B" and 3 more': the first few of a list, for a message. */
export function namedList(names: string[], shown = 5): string {
  const more = names.length - shown;
  return `${names.slice(0, shown).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
