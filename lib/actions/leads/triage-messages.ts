// A triage refusal (lib/leads/triage-error.ts) told in the viewer's language:
// the services say what went wrong as a kind, the actions word it.
import { getTranslations } from "next-intl/server";
import { UserFacingError } from "@/lib/errors";
import { TriageError } from "@/lib/leads/triage-error";

/** Runs a triage service; a TriageError comes out as the same refusal in the viewer's language. */
export async function inViewerLanguage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TriageError)) throw error;
    const problem = (await getTranslations("lead"))(`problem.${error.problem}`);
    if (!error.field) throw new UserFacingError(problem, { status: error.status });
    // A problem with one field is said next to it, as the forms' other field errors are.
    const message = (await getTranslations("common"))("correctFields");
    throw new UserFacingError(message, { status: error.status, fieldErrors: { [error.field]: [problem] } });
  }
}
