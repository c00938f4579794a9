import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { Role } from "@/lib/generated/prisma/enums";
import { errorKey } from "@/lib/i18n/validation";

export const roles = Object.values(Role);
export const roleSchema = z.enum(roles, { error: errorKey("roleChoice") });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: errorKey("emailInvalid") }).max(254));

/** The policy without the e-mail rule, which needs the account (see passwordProblem). */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.values });
});

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120).default(""),
  role: roleSchema,
  password: passwordSchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;
