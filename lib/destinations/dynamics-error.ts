// Dataverse Web API errors: {"error": {"code": "0x80060888", "message": "…"}}.
// The hexadecimal codes are Dataverse's own; the ones below name what to fix.
import { plainError } from "@/lib/destinations/judge-exchange";
import { oneLine, parseJson, stringAt, type ServiceError } from "@/lib/destinations/service-error";

const byCode: Record<string, string> = {
  // A column the payload names does not exist on the lead table.
  "0x80060888": "Dataverse has no such column on the lead table: fix the field mapping.",
  "0x8006088a": "Check the environment URL: the lead table was not found there.",
  // Privilege checks (SecLib::AccessCheckEx, missing prvCreateLead).
  "0x80040220": "Give the app's application user a security role that can create leads (for example Salesperson).",
  "0x80042f09": "Give the app's application user a security role that can create leads (for example Salesperson).",
  "0x80040333":
    "A duplicate detection rule blocked the lead: merge it by hand or relax the rule for the application user.",
  "0x80044331": "A value is not allowed by the column's definition (an option set or a length): fix the field mapping.",
  "0x80048d19": "A value does not fit its column's type: fix the field mapping.",
};
// Service protection limits: Dataverse asks to come back later (with Retry-After).
const throttled = new Set(["0x80072322", "0x80072321", "0x80072326"]);

export function explainDynamicsError(exchange: { status: number; text: string }): ServiceError {
  const error = (parseJson(exchange.text) as { error?: unknown } | null)?.error;
  const code = stringAt(error, "code");
  const message = stringAt(error, "message");
  if (!message) return plainError(exchange);
  if (code && throttled.has(code)) {
    const advice = "Dataverse's service protection limit was reached.";
    return { code, message: oneLine(message), advice, retryable: true };
  }
  const advice =
    (code && byCode[code]) ??
    (exchange.status === 401
      ? "Dataverse refused the access token: add the app as an application user of this environment."
      : exchange.status === 403
        ? "Give the app's application user a security role that can create leads."
        : exchange.status >= 500 || exchange.status === 429
          ? "A temporary failure in Dataverse."
          : "Retrying will not help; check the field mapping and the environment's rules for leads.");
  return { code, message: oneLine(message), advice };
}
