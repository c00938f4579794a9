"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { resetPassword } from "@/lib/users/reset-password";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ userId: z.uuid() });

/** An admin resets someone else's password: a one-time password to hand over, replaced at their next sign-in. */
type Reset = { email: string; password: string };

export const resetPasswordAction = guardedAction<typeof formSchema, Reset>("ADMIN", formSchema, async (input, me) => {
  const t = await getTranslations("users");
  if (input.userId === me.id) return { ok: false, message: t("resetOwn") };
  const reset = await resetPassword(input.userId);
  revalidatePath("/settings/users");
  return { ok: true, message: t("resetDone", { email: reset.email }), data: reset };
});
