// Plain-language meaning of a source + action pair, so the people triaging
// leads need not know Microsoft's codes. The words live in messages/*.json
// (domain.action.*): the app renders actionMessage() in the viewer's language;
// describeAction() is the English sentence the CRMs receive. Unknown values are
// shown as received; escaping them is the renderer's job.
import { english } from "@/lib/i18n/translator";
import { normaliseAction, normaliseSource } from "@/lib/ingest/lead-source";
import type { Messages } from "@/lib/i18n/messages";

const SOURCE_NAMES = new Map([
  ["AzureMarketplace", "Azure Marketplace"],
  ["AzurePortal", "Azure portal"],
  ["TestDrive", "Test Drive"],
  ["AppSource", "AppSource"],
]);

type ActionKey = keyof Messages["domain"]["action"];

/** The message (domain.action.<key>) and its values describing what the customer did. */
export function actionMessage(
  source: string | null,
  action: string | null,
): { key: `action.${ActionKey}`; values: Record<string, string> } {
  const src = normaliseSource(source);
  const code = normaliseAction(action);
  // The messages choose their wording by the source's code ("other" for one they do not know).
  const where = (known: string) => ({ source: src && SOURCE_NAMES.has(src) ? src : known, name: src ?? "" });
  switch (code) {
    case "PLT":
      // PLT is AppSource's "Contact me"; a missing source still means AppSource.
      return { key: "action.contactMe", values: where(src ? "other" : "AppSource") };
    case "INS":
      return { key: "action.gotItNow", values: {} };
    case "Create":
      return { key: "action.purchased", values: where(src ? "other" : "AzurePortal") };
    case "StartTestDrive":
      return { key: "action.testDrive", values: {} };
    case "DNC":
      return { key: "action.doNotContact", values: {} };
    case null:
      return { key: "action.none", values: {} };
    default:
      return { key: "action.unknown", values: { code } };
  }
}

/** One English sentence saying what the customer did (for CRM records). */
export function describeAction(source: string | null, action: string | null): string {
  const { key, values } = actionMessage(source, action);
  return english(`domain.${key}`, values);
}
