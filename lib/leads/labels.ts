import type { FunnelStage } from "./lead";

export const stageLabels: Record<FunnelStage, string> = {
  TRIAL: "Trial",
  INITIAL_INTEREST: "Initial interest",
  ACTIVE: "Active",
  DO_NOT_CONTACT: "Do not contact",
  UNKNOWN: "Unknown",
};

export function customerName(lead: {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.email || "(no name given)";
}
