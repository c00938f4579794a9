import { afterEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { entraSettings } from "@/lib/auth/entra";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("Sign in with Microsoft", () => {
  it("is configured only when tenant, client id and secret are all set", () => {
    expect(entraSettings({})).toBeNull();
    expect(entraSettings({ AZURE_AD_CLIENT_ID: "id", AZURE_AD_CLIENT_SECRET: "s" })).toBeNull();
    expect(entraSettings({ AZURE_AD_CLIENT_ID: "id", AZURE_AD_CLIENT_SECRET: "s", AZURE_AD_TENANT_ID: "t" })).toEqual({
      clientId: "id",
      clientSecret: "s",
      tenantId: "t",
    });
  });

  it("adds the azure-ad provider next to credentials when configured", () => {
    process.env.AUTH_SECRET = "unit-test-secret";
    for (const key of ["AZURE_AD_CLIENT_ID", "AZURE_AD_CLIENT_SECRET", "AZURE_AD_TENANT_ID"]) delete process.env[key];
    expect(authOptions().providers.map((p) => p.id)).toEqual(["credentials"]);
    Object.assign(process.env, { AZURE_AD_CLIENT_ID: "id", AZURE_AD_CLIENT_SECRET: "s", AZURE_AD_TENANT_ID: "tenant" });
    expect(authOptions().providers.map((p) => p.id)).toEqual(["credentials", "azure-ad"]);
  });
});
