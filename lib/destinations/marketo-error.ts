// Marketo's REST errors: response level (`errors[]`, codes 601–799, HTTP 200)
// and record level (`result[].reasons[]`, codes 1001–1099). Codes from
// Marketo's published REST error code list.
import { oneLine, type ServiceError } from "@/lib/destinations/service-error";

export interface MarketoCode {
  code?: string | number;
  message?: string;
}

// Rate limit, daily quota, concurrency, timeouts, Marketo-side outages, and
// token errors left after the one refresh (a new token next time may work).
const retryable = new Set(["601", "602", "604", "606", "607", "608", "611", "614", "615", "713", "1029"]);

function fieldIn(message: string): string | null {
  return /'([^']+)'/.exec(message)?.[1] ?? /field\s+([\w.]+)/i.exec(message)?.[1] ?? null;
}

function adviceFor(code: string, message: string): string {
  const field = fieldIn(message);
  const named = field ? `the field '${field}'` : "the field";
  switch (code) {
    case "601":
    case "602":
      return "Marketo refused the access token even after a fresh one was requested.";
    case "603":
      return "Give the API user's role the Read-Write Lead permission (and check the IP allow list).";
    case "606":
    case "615":
      return "Marketo's rate limit was reached.";
    case "607":
      return "Marketo's daily API quota is used up.";
    case "609":
    case "612":
      return "Marketo could not read the request; retrying will not help.";
    case "1003":
      if (/required|missing/i.test(message)) {
        return (
          `Marketo requires ${named} and this lead has no value for it: ` +
          "map a Lead desk field to it, or make it optional in Marketo."
        );
      }
      return (
        `Add ${named} to Marketo's lead fields (Admin → Field Management) with a matching type, ` +
        "or remove it from the mapping."
      );
    case "1004":
      return "Marketo found no lead to update: the lead must be created (createOrUpdate), not only updated.";
    case "1006":
      return `Marketo has no field ${field ? `'${field}'` : "by that name"}: use its REST API name, or unmap it.`;
    case "1007":
      return "Several Marketo leads share this e-mail address: merge them in Marketo, then replay the lead.";
    default:
      return retryable.has(code)
        ? "A temporary condition at Marketo."
        : "Retrying will not help; fix the cause in Marketo and replay the lead.";
  }
}

export function explainMarketoError(error: MarketoCode | undefined): ServiceError {
  const code = String(error?.code ?? "");
  const message = oneLine(error?.message ?? "no message");
  return { code: code || null, message, advice: adviceFor(code, message), retryable: retryable.has(code) };
}
