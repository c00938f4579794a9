import { getDb } from "@/lib/db";
import { InvalidInputError, UserFacingError } from "@/lib/errors";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { WeakPasswordError } from "./weak-password-error";
import { newUserSchema, type NewUser } from "./schemas";

export class UserExistsError extends UserFacingError {
  override name = "UserExistsError";
}

/**
 * Creates a user. Without a password one is generated and returned once, so
 * an admin can hand it over; it is never stored in clear.
 */
export async function createUser(input: NewUser) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error);
  const data = parsed.data;
  const db = await getDb();
  const password = data.password ?? generatePassword();
  WeakPasswordError.assert(password, data.email);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new UserExistsError("userExists", { values: { email: data.email } });
  const user = await db.user.create({
    data: { email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(password) },
  });
  return { user, generatedPassword: data.password ? null : password };
}
