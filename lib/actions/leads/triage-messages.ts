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
    const t = await getTranslations("lead");
    const message = t(`problem.${error.problem}`);
    throw new UserFacingError(message, {
      status: error.status,
      ...(error.field && { fieldErrors: { [error.field]: [message] } }),
    });
  }
}
