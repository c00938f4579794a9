// Token endpoints (Microsoft Entra ID, Marketo identity, Salesforce) answer
// failures in OAuth 2.0's shape: {"error": "invalid_client", "error_description": "…"}.
import { oneLine, parseJson, stringAt, type ServiceError } from "@/lib/destinations/service-error";

const advice: Record<string, string> = {
  invalid_client:
    "Check the client id and secret in the destination settings; a secret may have expired or been replaced.",
  unauthorized: "Check the client id and secret in the destination settings.",
  unauthorized_client: "The app may not use this sign-in flow: allow the client credentials flow for it.",
  invalid_grant:
    "The app may not sign in this way: allow the client credentials flow and (Salesforce) choose its Run As user.",
  invalid_scope: "Check the environment URL: the app asked for access to an address the directory does not know.",
  invalid_request: "Check the tenant id, client id and sign-in host in the destination settings.",
  temporarily_unavailable: "A temporary failure at the sign-in service.",
  server_error: "A temporary failure at the sign-in service.",
};

/** Entra ID error numbers that name the setting to fix. */
const entraAdvice: [RegExp, string][] = [
  [/AADSTS7000215|AADSTS7000222/, "The client secret is wrong or expired: create a new one and enter its Value."],
  [
    /AADSTS700016/,
    "No app with this client id exists in the directory: check the application (client) id and the tenant id.",
  ],
  [/AADSTS90002|AADSTS900023/, "No such directory: check the directory (tenant) id."],
  [/AADSTS500011/, "The environment URL is not a Dataverse environment of this directory: check it."],
];

export function explainOAuthError(exchange: { status: number; text: string }): ServiceError | null {
  const body = parseJson(exchange.text);
  const code = stringAt(body, "error");
  if (!code) return null;
  const description = stringAt(body, "error_description") ?? code;
  const entra = entraAdvice.find(([pattern]) => pattern.test(description))?.[1];
  const retryable = code === "temporarily_unavailable" || code === "server_error" ? true : undefined;
  return {
    code,
    message: oneLine(description.split(/\r?\n|Trace ID:/)[0] ?? description),
    advice: entra ?? advice[code] ?? "Check the sign-in settings of the destination.",
    ...(retryable ? { retryable } : {}),
  };
}
