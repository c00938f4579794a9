// Salesforce Web-to-Lead answers HTTP 200 even when it refuses a lead; when it
// says so, it is with a page reading "Salesforce could not create this lead
// because of the reason listed below … Reason: …". That page is a failure.
import { firstLines, oneLine, type ServiceError } from "@/lib/destinations/service-error";

const REFUSED = /could not create this lead/i;

const advice: [RegExp, string][] = [
  [/duplicate/i, "A duplicate rule blocked it: let the rule allow Web-to-Lead duplicates, or merge the lead by hand."],
  [
    /limit/i,
    "The daily Web-to-Lead limit was reached: ask Salesforce to raise it, or use the Salesforce (API) destination.",
  ],
  [
    /required|pick-?list/i,
    "A required field or pick-list was left empty: give it a default in Salesforce or map a field to it.",
  ],
  [/validation/i, "A validation rule refused it: relax the rule for Web-to-Lead or change the mapped values."],
  [/captcha/i, "Switch reCAPTCHA off for this Web-to-Lead form: a server cannot solve it."],
];

export function explainWebToLeadPage(text: string): ServiceError | null {
  if (!REFUSED.test(text)) return null;
  const plain = firstLines(text, 20);
  const reason = /Reason:\s*(.+?)(?:\s·\s|$)/i.exec(plain)?.[1] ?? plain;
  const fix = advice.find(([pattern]) => pattern.test(reason))?.[1] ?? "Fix the cause in Salesforce.";
  return {
    code: null,
    message: oneLine(reason),
    advice: `${fix} Then replay it.`,
    retryable: false,
  };
}
