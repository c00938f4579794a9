// Kept apart from lib/errors.ts, which loads the messages: the database and
// configuration modules (imported by CLIs and by the end-to-end specs) need only this.

/**
 * A failure only whoever runs Lead desk can act on (configuration, the database
 * folder, a backup, a command's usage): plain English, as the CLI speaks. In a
 * request it is a fault like any other (logged; the person gets the generic message).
 */
export class OperatorError extends Error {
  override name = "OperatorError";
}
