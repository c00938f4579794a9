// A service that throws its refusals (UserFacingError) seen as a result, so a
// test can compare the refusal's message and field errors like a value.
import { UserFacingError } from "@/lib/errors";

export type Outcome<T> =
  ({ ok: true } & T) | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

export async function outcome<T extends object>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await promise) };
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    return { ok: false, status: error.status, message: error.message, fieldErrors: error.fieldErrors ?? {} };
  }
}
