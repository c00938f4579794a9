// Salesforce REST API errors: an array of {errorCode, message, fields} (and,
// for duplicate rules, a duplicateResult naming the matching records).
// Codes from Salesforce's REST API "Status Codes and Error Responses" and the
// API's StatusCode list.
import { plainError } from "@/lib/destinations/judge-exchange";
import { oneLine, parseJson, type ServiceError } from "@/lib/destinations/service-error";

interface SalesforceError {
  errorCode?: string;
  message?: string;
  fields?: string[];
  duplicateResult?: { matchResults?: { matchRecords?: { record?: { Id?: string } }[] }[] };
}

const temporary = new Set(["REQUEST_LIMIT_EXCEEDED", "UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE", "INVALID_SESSION_ID"]);

const list = (fields: string[]) => fields.map((f) => `'${f}'`).join(", ");

function adviceFor(error: SalesforceError): string {
  const fields = error.fields ?? [];
  switch (error.errorCode) {
    case "DUPLICATES_DETECTED": {
      const results = error.duplicateResult?.matchResults ?? [];
      const ids = results.flatMap((m) => (m.matchRecords ?? []).map((r) => r.record?.Id)).filter(Boolean);
      const copyOf = ids.length ? `the existing record ${ids.join(", ")}` : "an existing record";
      return (
        `A duplicate rule blocks it as a copy of ${copyOf}: ` +
        "let the rule allow duplicates for the connected app's user, or merge the lead by hand."
      );
    }
    case "REQUIRED_FIELD_MISSING":
      return (
        `Salesforce requires ${fields.length ? list(fields) : "a field"} and this lead has no value for it: ` +
        "map a Lead desk field to it, or give it a default in Salesforce."
      );
    case "INVALID_FIELD":
    case "INVALID_FIELD_FOR_INSERT_UPDATE":
      return (
        "The field does not exist on Lead or the connected app's user may not write it: " +
        "fix the field mapping or the field-level security."
      );
    case "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST":
      return (
        `A restricted pick-list${fields.length ? ` (${list(fields)})` : ""} refused the value: ` +
        "map a value it lists, or add the value in Salesforce."
      );
    case "FIELD_CUSTOM_VALIDATION_EXCEPTION":
      return "A validation rule refused it: relax the rule for the connected app's user or change the mapped values.";
    case "STRING_TOO_LONG":
      return `A value is longer than its field${fields.length ? ` (${list(fields)})` : ""} allows: map a shorter one.`;
    case "INVALID_SESSION_ID":
      return (
        "Salesforce refused the access token even after a fresh one was requested: " +
        "check the connected app's session policies."
      );
    case "REQUEST_LIMIT_EXCEEDED":
      return "The organisation's API request limit was reached.";
    case "UNABLE_TO_LOCK_ROW":
    case "SERVER_UNAVAILABLE":
      return "A temporary condition in Salesforce.";
    case "INSUFFICIENT_ACCESS":
    case "INSUFFICIENT_ACCESS_OR_READONLY":
    case "API_DISABLED_FOR_ORG":
      return "The connected app's Run As user needs API access and permission to create leads.";
    case "NOT_FOUND":
      return "Check the My Domain URL and the API version in the destination settings.";
    default:
      return "Retrying will not help; fix the cause in Salesforce and replay the lead.";
  }
}

export function explainSalesforceApiError(exchange: { status: number; text: string }): ServiceError {
  const body = parseJson(exchange.text);
  const first = (Array.isArray(body) ? body[0] : body) as SalesforceError | null;
  if (!first || typeof first !== "object" || typeof first.errorCode !== "string") return plainError(exchange);
  const code = first.errorCode;
  return {
    code,
    message: oneLine(first.message ?? code),
    advice: adviceFor(first),
    retryable: temporary.has(code) || exchange.status >= 500,
  };
}
