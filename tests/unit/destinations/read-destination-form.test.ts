import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseHeaderLines, readDestinationForm } from "@/lib/destinations/read-destination-form";
import { toStoredConfig } from "@/lib/destinations/stored-config";

describe("reading the destination form", () => {
  it("reads config fields, filter checkboxes, switches and secrets to clear", () => {
    const read = readDestinationForm("HTTPS", {
      name: "Receiver",
      enabled: "on",
      "config.url": "  https://example.com/hook ",
      "config.headers": "Authorization: Bearer a:b\n\nX-Key:  k ",
      "config.signingSecret": " keep spaces ",
      "source.AppSource": "on",
      "action.PLT": "on",
      "action.INS": "on",
      "stage.ACTIVE": "on",
      includeTest: "on",
      "clear.signingSecret": "on",
    });
    expect(read).toEqual({
      ok: true,
      input: {
        kind: "HTTPS",
        name: "Receiver",
        enabled: true,
        sources: ["AppSource"],
        actions: ["PLT", "INS"],
        stages: ["ACTIVE"],
        includeTest: true,
        includeDoNotContact: false,
        config: {
          url: "https://example.com/hook",
          headers: { Authorization: "Bearer a:b", "X-Key": "k" },
          signingSecret: " keep spaces ",
        },
        clearSecrets: ["signingSecret"],
      },
    });
  });

  it("unchecked boxes are off and empty filter groups mean all", () => {
    const read = readDestinationForm("SALESFORCE", { name: "SF", "config.orgId": "00D5g000000AbCd" });
    expect(read.ok && read.input).toMatchObject({
      enabled: false,
      sources: [],
      actions: [],
      stages: [],
      includeTest: false,
      includeDoNotContact: false,
    });
  });

  it("points at a malformed header line", () => {
    expect(parseHeaderLines("Authorization Bearer x")).toEqual({
      error: { key: "headerLine", values: { line: "Authorization Bearer x" } },
    });
    expect(readDestinationForm("HTTPS", { "config.headers": "oops" })).toMatchObject({
      ok: false,
      issues: [{ path: ["config.headers"], message: "headerLine", params: { line: "oops" } }],
    });
  });
});

describe("stored config", () => {
  it("keeps non-secrets readable and seals secrets into their own column", () => {
    const key = randomBytes(32);
    const stored = toStoredConfig(
      "HTTPS",
      { url: "https://example.com", headers: { Authorization: "Bearer s3cret" }, signingSecret: "x".repeat(20) },
      key,
    );
    expect(stored.config).toEqual({ url: "https://example.com" });
    expect(stored.secrets).not.toContain("s3cret");
    expect(stored.secrets).not.toContain("x".repeat(20));
    expect(Object.keys(JSON.parse(stored.secrets!))).toEqual(["headers", "signingSecret"]);
    expect(
      toStoredConfig("SALESFORCE", { orgId: "00D5g000000AbCd", baseUrl: "https://webto.salesforce.com" }, key).secrets,
    ).toBeNull();
  });
});
