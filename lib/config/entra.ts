// "Sign in with Microsoft" needs all three Entra ID settings; two of three is a mistake.
import type { Env } from "@/lib/env";

const names = ["AZURE_AD_CLIENT_ID", "AZURE_AD_CLIENT_SECRET", "AZURE_AD_TENANT_ID"] as const;

export function checkEntra(env: Env): string[] {
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length === 0 || missing.length === names.length) return [];
  return [`${missing.join(" and ")} not set: set all three Entra ID variables to offer Microsoft sign-in, or none.`];
}
