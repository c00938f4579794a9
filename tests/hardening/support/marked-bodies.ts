// Realistic marketplace bodies (the benchmark's mix: key casings, funnel steps,
// repeat customers, test leads), each carrying a unique marker as its
// Description, so a lead and a forwarded delivery can be traced to its body.
import { bodySource } from "@/tests/support/ingest-load";

export function markedBodies(seed: number, count: number, prefix: string): { marker: string; body: string }[] {
  const next = bodySource(seed);
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.parse(next()) as Record<string, unknown>;
    const marker = `${prefix}-${seed}-${i}`;
    // The camelCase and test-lead shapes spell it "description".
    body["Description" in body ? "Description" : "description"] = marker;
    return { marker, body: JSON.stringify(body) };
  });
}
