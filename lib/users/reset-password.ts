import { generatePassword } from "@/lib/auth/password";
import { setPassword } from "./set-password";

/** An admin's reset: a generated one-time password, returned once, that the user must replace at their next sign-in. */
export async function resetPassword(userId: string): Promise<{ email: string; password: string }> {
  const password = generatePassword();
  const user = await setPassword(userId, password, { mustChange: true });
  return { email: user.email, password };
}
