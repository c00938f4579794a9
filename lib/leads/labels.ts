import type { FunnelStage } from "./lead";

export const stageLabels: Record<FunnelStage, string> = {
  TRIAL: "Trial",
  INITIAL_INTEREST: "Initial interest",
  ACTIVE: "Active",
  DO_NOT_CONTACT: "Do not contact",
  UNKNOWN: "Unknown",
};

/** The customer's name, else their e-mail, else `fallback` (the app passes domain.noName in the reader's language). */
export function customerName(
  lead: { firstName: string | null; lastName: string | null; email: string | null },
  fallback = "(no name given)",
): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.email || fallback;
}
