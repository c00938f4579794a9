// "Open in Dynamics / Salesforce / Marketo": the link to the record a CRM
// created, built from the destination's own base URL (non-secret settings,
// validated as http(s) when saved) and the id the CRM returned.
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind, RecordLink } from "@/lib/destinations/types";

export function recordLink(kind: DestinationKind, config: unknown, remoteId: string | null): RecordLink | null {
  if (!remoteId) return null;
  const settings = config && typeof config === "object" ? (config as Record<string, unknown>) : {};
  return getAdapter(kind).recordLink(settings, remoteId) ?? { label: "Record id", url: null };
}
