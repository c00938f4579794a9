// The one error model. A UserFacingError is something a person can act on: an
// `errors` message key with its values (messages/<locale>.json), the HTTP status a
// route answers with, and, for a form, the fields' zod issues. Services throw it
// (or a subclass) and return only success values; the entry points say it in the
// reader's language (lib/actions/public-error.ts). Its `message` is the English
// text, for logs, the CLI and machine clients (API routes answer in English).
// Any other error is a fault: logged, and answered with a generic message.
import type { z } from "zod";
import { english, sayKey, type MessageValues, type Translate } from "@/lib/i18n/translator";
import { localizeIssues, type ErrorKey } from "@/lib/i18n/validation";

export type { ErrorKey } from "@/lib/i18n/validation";
export type { MessageValues } from "@/lib/i18n/translator";
export type FieldIssue = z.core.$ZodIssue;

/** Something to tell a person, said later in their language: an `errors` key and its values. */
export interface ErrorMessage {
  key: ErrorKey;
  values?: MessageValues;
}

export interface UserFacingErrorOptions {
  /** 400 unless said otherwise. */
  status?: number;
  /** The message's ICU arguments. */
  values?: MessageValues;
  /** Per form field (zod's, or fieldIssue()'s). */
  issues?: readonly FieldIssue[];
}

export interface SaidError {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

const correctFields = "correctFields";
/** An `errors` key, or the forms' shared "Please correct the highlighted fields." (common). */
export type UserFacingKey = ErrorKey | typeof correctFields;
const pathOf = (key: UserFacingKey) => (key === correctFields ? `common.${key}` : `errors.${key}`);

export class UserFacingError extends Error {
  override name = "UserFacingError";
  readonly key: UserFacingKey;
  readonly values?: MessageValues;
  readonly status: number;
  readonly issues: readonly FieldIssue[];

  constructor(key: UserFacingKey, options: UserFacingErrorOptions = {}) {
    super(sayKey(english, pathOf(key), options.values));
    this.key = key;
    this.values = options.values;
    this.status = options.status ?? 400;
    this.issues = options.issues ?? [];
  }

  /** The message and field errors in the reader's language. */
  say(t: Translate): SaidError {
    const message = sayKey(t, pathOf(this.key), this.values);
    return this.issues.length ? { message, fieldErrors: localizeIssues(this.issues, t).fieldErrors } : { message };
  }

  /** The field errors in English (the CLI, tests). */
  get fieldErrors(): Record<string, string[]> | undefined {
    return this.say(english).fieldErrors;
  }
}

/** The thing asked for is not there (any more): 404. */
export class NotFoundError extends UserFacingError {
  override name = "NotFoundError";
  constructor(key: ErrorKey, values?: MessageValues) {
    super(key, { status: 404, values });
  }
}

/** A form or request with values to correct, each named by its field: 422. */
export class InvalidInputError extends UserFacingError {
  override name = "InvalidInputError";
  constructor(issues: z.ZodError | readonly FieldIssue[], key: UserFacingKey = correctFields, values?: MessageValues) {
    super(key, { status: 422, values, issues: Array.isArray(issues) ? issues : (issues as z.ZodError).issues });
  }
}

/** A problem a service found with one field, as a zod issue whose message is an `errors` key. */
export function fieldIssue(field: string, key: ErrorKey, values?: MessageValues): FieldIssue {
  return { code: "custom", path: [field], message: key, input: undefined, ...(values && { params: values }) };
}

// OperatorError (lib/operator-error.ts): failures only whoever runs Lead desk acts on, said in English.
export { OperatorError } from "@/lib/operator-error";
