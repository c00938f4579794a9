// Whether a destination's filters let a lead through. Empty lists mean "all".
// Test leads and do-not-contact leads need an explicit opt-in.
import type { ParsedLead } from "@/lib/leads/lead";

export interface DestinationFilter {
  sources: string[];
  actions: string[];
  stages: string[];
  includeTest: boolean;
  includeDoNotContact: boolean;
}

const inList = (list: string[], value: string | null) =>
  list.length === 0 || (value !== null && list.some((v) => v.toLowerCase() === value.toLowerCase()));

export function matchesDestination(lead: Pick<ParsedLead, "source" | "action" | "stage" | "isTest" | "doNotContact">, filter: DestinationFilter): boolean {
  if (lead.isTest && !filter.includeTest) return false;
  if (lead.doNotContact && !filter.includeDoNotContact) return false;
  return inList(filter.sources, lead.source) && inList(filter.actions, lead.action) && inList(filter.stages, lead.stage);
}
