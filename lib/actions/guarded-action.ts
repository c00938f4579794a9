// Wraps a server action body with what every action needs, in one place:
// the session and role check on the server, zod validation of the form into
// field errors, and turning failures into a message without leaking internals
// (public-error.ts; guarded-route.ts does the same for route handlers). Messages
// are said in the reader's language (the request's locale, lib/i18n/request.ts).
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { authorize, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { InvalidInputError } from "@/lib/errors";
import type { ActionState } from "./action-state";
import { publicError } from "./public-error";

export function guardedAction<S extends z.ZodType, T = undefined>(
  role: Role | "ANY",
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<ActionState<T>>,
  /** passwordChange: also open to a user who must change their password first. */
  options: { passwordChange?: boolean } = {},
) {
  return async (_previous: ActionState<T> | null, formData: FormData): Promise<ActionState<T>> => {
    try {
      const user = await authorize(role === "ANY" ? undefined : role, options);
      const parsed = schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) throw new InvalidInputError(parsed.error);
      return await handler(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are Next's control flow, not failures
      const { message, fieldErrors } = publicError(error, "server action", await getTranslations());
      return { ok: false, message, ...(fieldErrors && { fieldErrors }) };
    }
  };
}
