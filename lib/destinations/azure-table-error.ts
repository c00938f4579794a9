// Azure Table storage errors as the SDK's RestError carries them: the body is
// {"odata.error": {"code", "message": {"value"}}} (JSON) or, for failures
// before the table service (authentication), <Error><Code/><Message/></Error>.
import { oneLine, parseJson, stringAt, type ServiceError } from "@/lib/destinations/service-error";

const byCode: Record<string, string> = {
  AuthenticationFailed: "The account key or SAS signature was refused: copy the connection string or SAS token again.",
  AuthorizationFailure:
    "The account key or SAS token was refused: copy it again, and check the SAS token's permissions and expiry.",
  AuthorizationPermissionMismatch:
    "The SAS token lacks a permission: it needs Add, Create and Write on the Table service.",
  AuthorizationResourceTypeMismatch: "The SAS token must allow the Container and Object resource types.",
  AccountIsDisabled: "The storage account is disabled: enable it in the Azure portal.",
  TableNotFound:
    "The table does not exist and could not be created: create it or allow the SAS token to create tables.",
  EntityTooLarge: "The lead is larger than an Azure Table entity may be (1 MB); shorten its description.",
  PropertyValueTooLarge: "A value is longer than Azure Table allows (64 KB per property); shorten it.",
  InvalidInput: "Azure Table refused a property name or value: check the field mapping.",
  OutOfRangeInput: "A key or value is outside what Azure Table allows: check the table name and the field mapping.",
  PropertyNameInvalid: "A property name is not valid in Azure Table: use letters and digits in the field mapping.",
};
const temporary = new Set(["ServerBusy", "OperationTimedOut", "InternalError", "TableBeingDeleted"]);

function readBody(text: string): { code: string | null; message: string | null } {
  const odata = (parseJson(text) as Record<string, unknown> | null)?.["odata.error"];
  if (odata) {
    const message = (odata as { message?: unknown }).message;
    const text = typeof message === "string" ? message : stringAt(message, "value");
    return { code: stringAt(odata, "code"), message: text };
  }
  const xml = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1]?.trim() || null;
  return { code: xml("Code"), message: xml("Message") };
}

/** Null when the error carries no answer from the service (network errors, SSRF blocks). */
export function explainAzureTableError(error: unknown): (ServiceError & { raw: string }) | null {
  const e = error as {
    statusCode?: number;
    code?: string;
    message?: string;
    response?: { bodyAsText?: string | null };
  };
  if (typeof e?.statusCode !== "number") return null;
  const raw = e.response?.bodyAsText ?? e.message ?? "";
  const body = readBody(raw);
  const code = body.code ?? (e.code && !/^E[A-Z]+$/.test(e.code) ? e.code : null);
  // Azure appends RequestId and Time lines to every message: the first line is the message.
  const message = oneLine((body.message ?? raw).split(/\r?\n/)[0] || `HTTP ${e.statusCode}`);
  const retryable = (code !== null && temporary.has(code)) || e.statusCode === 429 || e.statusCode >= 500;
  const advice =
    (code && byCode[code]) ??
    (retryable
      ? "A temporary failure at Azure Table storage."
      : e.statusCode === 401 || e.statusCode === 403
        ? "Check the account key or the SAS token's permissions and expiry."
        : "Retrying will not help; check the destination settings.");
  return { code, message, advice, retryable, raw };
}
