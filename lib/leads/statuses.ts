// The triage workflow: New → Contacted → Qualified → Won / Lost, or Disqualified
// (with a reason). Any status may be corrected to any other; the rules that
// matter are enforced in change-lead-status.ts.
import { LeadStatus } from "@/lib/generated/prisma/enums";

export { LeadStatus };
/** The schema's enum, in its order (the workflow's). */
export const leadStatuses = Object.values(LeadStatus);

/** Statuses of leads still being worked on. */
export const openStatuses: LeadStatus[] = ["NEW", "CONTACTED", "QUALIFIED"];
