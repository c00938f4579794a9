// guardedAction's counterpart for route handlers: the session and role check,
// zod validation of the query string, and failures turned into a JSON answer
// with the error's status ({ error, fieldErrors? }) — never a stack trace.
// Routes answer programs as well as people (the export, scripts): their JSON
// messages are English and stable whatever the caller's language.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authorize, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { UserFacingError } from "@/lib/errors";
import { english } from "@/lib/i18n/translator";
import { publicError } from "./public-error";

export interface RouteInput<Q> {
  query: Q;
  user: SessionUser;
  request: Request;
}

const answer = (status: number, message: string, fieldErrors?: Record<string, string[]>) =>
  Response.json(
    { error: message, ...(fieldErrors && { fieldErrors }) },
    { status, headers: { "cache-control": "no-store" } },
  );

export function guardedRoute<Q extends z.ZodType>(
  role: Role | "ANY",
  query: Q,
  handler: (input: RouteInput<z.output<Q>>) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const user = await authorize(role === "ANY" ? undefined : role);
      const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) throw new UserFacingError("invalidQuery", { status: 400, issues: parsed.error.issues });
      return await handler({ query: parsed.data, user, request });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are Next's control flow, not failures
      const failure = publicError(error, `${request.method} ${new URL(request.url).pathname}`, english);
      return answer(failure.status, failure.message, failure.fieldErrors);
    }
  };
}
