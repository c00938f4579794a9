// What a person is told about a failure, for actions and route handlers alike:
// a UserFacingError said with the given translator (the reader's language in an
// action, English for a route's machine clients) and its status; anything else
// the generic server failure (the details go to the log, never to the browser).
import { UserFacingError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/log/logger";

export interface PublicError {
  status: number;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export function publicError(error: unknown, what: string, t: Translate): PublicError {
  if (error instanceof UserFacingError) return { status: error.status, ...error.say(t) };
  logger.error({ err: error }, `${what} failed`);
  return { status: 500, ...new UserFacingError("serverFailure").say(t) };
}
