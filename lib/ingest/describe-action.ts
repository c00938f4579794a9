// Plain-language meaning of a source + action pair, so the people triaging
// leads need not know Microsoft's codes. Unknown values are shown as received;
// escaping them is the renderer's job.
import { normaliseAction, normaliseSource } from "@/lib/ingest/lead-source";

const SOURCE_NAMES = new Map([
  ["AzureMarketplace", "Azure Marketplace"],
  ["AzurePortal", "the Azure portal"],
  ["TestDrive", "Test Drive"],
  ["AppSource", "AppSource"],
]);

/** One sentence saying what the customer did. */
export function describeAction(source: string | null, action: string | null): string {
  const src = normaliseSource(source);
  const code = normaliseAction(action);
  const where = src ? (SOURCE_NAMES.get(src) ?? src) : null;

  switch (code) {
    case "PLT":
      // PLT is AppSource's "Contact me"; a missing source still means AppSource.
      return `Contact me on ${where ?? "AppSource"} — the customer asked to be contacted`;
    case "INS":
      return "Got it now — the customer acquired the offer (initial interest)";
    case "Create":
      return !src || src === "AzurePortal"
        ? "Purchased in the Azure portal — deploying into their subscription"
        : `Purchased on ${where} — deploying into their subscription`;
    case "StartTestDrive":
      return "Started a test drive";
    case "DNC":
      return "Do not contact — cross-listed partner lead, for information only";
    case null:
      return "No action code received";
    default:
      return `Unknown action code ${code} (kept as received)`;
  }
}
