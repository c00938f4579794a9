"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { UserFacingError } from "@/lib/errors";
import { resetPassword } from "@/lib/users/reset-password";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ userId: z.uuid() });

/** An admin resets someone else's password: a one-time password to hand over, replaced at their next sign-in. */
type Reset = { email: string; password: string };

export const resetPasswordAction = guardedAction<typeof formSchema, Reset>("ADMIN", formSchema, async (input, me) => {
  if (input.userId === me.id) throw new UserFacingError("resetOwnPassword");
  const reset = await resetPassword(input.userId);
  revalidatePath("/settings/users");
  return { ok: true, message: `${reset.email} must choose a new password at their next sign-in.`, data: reset };
});
