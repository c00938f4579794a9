import { passwordProblem } from "@/lib/auth/password-policy";
import { UserFacingError } from "@/lib/errors";

/** A password the policy refuses (lib/auth/password-policy.ts), with the policy's reason as its message. */
export class WeakPasswordError extends UserFacingError {
  override name = "WeakPasswordError";

  /** Throws when `password` breaks the policy for the account with this e-mail. */
  static assert(password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) throw new WeakPasswordError(problem.key, { values: problem.values });
  }
}
