// "Sign in with Microsoft" is offered only when all three Entra ID settings are present.
import type { Env } from "@/lib/env";
export function entraSettings(env: Env = process.env) {
  const clientId = env.AZURE_AD_CLIENT_ID?.trim();
  const clientSecret = env.AZURE_AD_CLIENT_SECRET?.trim();
  const tenantId = env.AZURE_AD_TENANT_ID?.trim();
  return clientId && clientSecret && tenantId ? { clientId, clientSecret, tenantId } : null;
}
