// The one error model. A UserFacingError's message is written for the person
// using the app and safe to show them, and it carries the HTTP status a route
// answers with (fieldErrors: per form field). Services throw it (or a subclass)
// for anything a person can act on, and return only success values; the
// entry points turn it into a message and a status (lib/actions/public-error.ts).
// Any other error is a fault: logged, and answered with a generic message.
export interface UserFacingErrorOptions {
  /** 400 unless said otherwise. */
  status?: number;
  fieldErrors?: Record<string, string[]>;
}

export class UserFacingError extends Error {
  override name = "UserFacingError";
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(message: string, options: UserFacingErrorOptions = {}) {
    super(message);
    this.status = options.status ?? 400;
    this.fieldErrors = options.fieldErrors;
  }
}

/** The thing asked for is not there (any more): 404. */
export class NotFoundError extends UserFacingError {
  override name = "NotFoundError";
  constructor(message: string) {
    super(message, { status: 404 });
  }
}

/** A form or request with values to correct, each named by its field: 422. */
export class InvalidInputError extends UserFacingError {
  override name = "InvalidInputError";
  constructor(fieldErrors: Record<string, string[]>, message = "Please correct the highlighted fields.") {
    super(message, { status: 422, fieldErrors });
  }
}
