// Microsoft sends a test lead when the publisher presses Validate or Publish;
// every text field of it holds MSFT_TEST_<digits>. Spotting it keeps test
// leads out of the sales queue and out of the CRMs.
import type { ParsedLead } from "@/lib/leads/lead";

const MARKER = /msft_test_/i;
// Extra is already depth-limited when built; this only guards other callers.
const MAX_DEPTH = 12;

export type TestLeadInput = Pick<
  ParsedLead,
  "customer" | "leadSource" | "source" | "action" | "offerId" | "offerTitle" | "description" | "extra"
>;

/** True when MSFT_TEST_ (any casing) appears in any text field, extra values included. */
export function isTestLead(lead: TestLeadInput): boolean {
  const texts = [
    ...Object.values(lead.customer),
    lead.leadSource,
    lead.source,
    lead.action,
    lead.offerId,
    lead.offerTitle,
    lead.description,
  ];
  return texts.some((text) => text !== null && MARKER.test(text)) || containsMarker(lead.extra, 0);
}

function containsMarker(value: unknown, depth: number): boolean {
  if (typeof value === "string") return MARKER.test(value);
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return false;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => containsMarker(item, depth + 1));
}
