/** A user-input problem, naming the field at fault. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** The task asked for does not exist. */
export class NotFoundError extends Error {}

/** The task exists but its state does not allow the operation. */
export class ConflictError extends Error {}
