import { z } from "zod";

export const roles = ["ADMIN", "SALES"] as const;
export const roleSchema = z.enum(roles, { error: "Role must be ADMIN or SALES." });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid e-mail address." }).max(254));

export const passwordSchema = z
  .string()
  .min(10, { error: "Passwords need at least 10 characters." })
  .max(200, { error: "Passwords may have at most 200 characters." });

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120).default(""),
  role: roleSchema,
  password: passwordSchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;
