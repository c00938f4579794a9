"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { passwordSchema } from "@/lib/users/schemas";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { guardedAction } from "../guarded-action";

const formSchema = z
  .object({
    currentPassword: z.string().min(1, errorKey("currentPasswordMissing")).max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((f) => f.newPassword === f.confirmPassword, {
    path: ["confirmPassword"],
    message: errorKey("passwordsDiffer"),
  });

/** The signed-in user's own change (also while an admin's reset requires one). Every session of theirs ends with it. */
export const changePasswordAction = guardedAction(
  "ANY",
  formSchema,
  async (input, user) => {
    await changeOwnPassword(user.id, input.currentPassword, input.newPassword);
    redirect("/login?notice=PasswordChanged");
  },
  { passwordChange: true },
);
