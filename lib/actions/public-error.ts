// What a person is told about a failure, for actions and route handlers alike:
// a UserFacingError's own message and status, anything else a generic message
// (the details go to the log, never to the browser).
import { UserFacingError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

export interface PublicError {
  status: number;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export const serverFailure = "Something went wrong on the server. Nothing was changed.";

export function publicError(error: unknown, what: string): PublicError {
  if (error instanceof UserFacingError) {
    return { status: error.status, message: error.message, fieldErrors: error.fieldErrors };
  }
  logger.error({ err: error }, `${what} failed`);
  return { status: 500, message: serverFailure };
}
