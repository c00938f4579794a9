// What a single or bulk triage change can be refused for, as a kind: the
// actions word it in the viewer's language (lib/actions/leads/triage-messages.ts);
// the English message is for everything else that calls the services (CLIs, logs).
import { UserFacingError } from "@/lib/errors";

export type TriageProblem = "noteEmpty" | "reasonMissing" | "ownerInactive" | "doNotContact" | "gone";

export class TriageError extends UserFacingError {
  override name = "TriageError";

  constructor(
    readonly problem: TriageProblem,
    message: string,
    /** The form field the problem is about, when there is one. */
    readonly field?: "note" | "reason",
  ) {
    super(message, { status: problem === "gone" ? 404 : 400, ...(field && { fieldErrors: { [field]: [message] } }) });
  }
}
