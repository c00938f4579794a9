import { describe, expect, it } from "vitest";
import { normaliseAction, normaliseSource, splitLeadSource } from "@/lib/ingest/lead-source";

describe("splitLeadSource", () => {
  it("splits Source-Action|Offer", () => {
    expect(splitLeadSource("AzureMarketplace-INS|contoso.sample-offer")).toEqual({
      source: "AzureMarketplace",
      action: "INS",
      offerId: "contoso.sample-offer",
    });
  });

  it.each([
    "AzurePortal-Create | checkpoint.check-point-r77-10sg-byol",
    "AzurePortal - Create|checkpoint.check-point-r77-10sg-byol",
    "  AzurePortal -Create |  checkpoint.check-point-r77-10sg-byol  ",
    "azureportal-create|checkpoint.check-point-r77-10sg-byol",
    "AZUREPORTAL-CREATE|checkpoint.check-point-r77-10sg-byol",
  ])("tolerates spaces and casing: %s", (leadSource) => {
    expect(splitLeadSource(leadSource)).toEqual({
      source: "AzurePortal",
      action: "Create",
      offerId: "checkpoint.check-point-r77-10sg-byol",
    });
  });

  it("keeps hyphens of the offer id after the bar", () => {
    expect(splitLeadSource("SPZA-PLT|docusign.3701c77e-1cfa-4c56-91e6-3ed0b622145a").offerId).toBe(
      "docusign.3701c77e-1cfa-4c56-91e6-3ed0b622145a",
    );
  });

  it("reads a source-only string and takes the action from ActionCode", () => {
    expect(splitLeadSource("AzureMarketplace", { actionCode: "ins" })).toEqual({
      source: "AzureMarketplace",
      action: "INS",
      offerId: null,
    });
  });

  it("reads Source|Offer without an action", () => {
    expect(splitLeadSource("TestDrive|bitnami.openedxcypress", { actionCode: "StartTestDrive" })).toEqual({
      source: "TestDrive",
      action: "StartTestDrive",
      offerId: "bitnami.openedxcypress",
    });
  });

  it("reads Source-Action without an offer and falls back to an explicit offer id", () => {
    expect(splitLeadSource("SPZA-PLT", { offerId: " contoso.analytics " })).toEqual({
      source: "AppSource",
      action: "PLT",
      offerId: "contoso.analytics",
    });
  });

  it("prefers the offer in the lead source over an explicit offer field", () => {
    expect(splitLeadSource("SPZA-PLT|a.from-lead-source", { offerId: "b.explicit" }).offerId).toBe(
      "a.from-lead-source",
    );
  });

  it("reads a bare known action as the action, not the source", () => {
    expect(splitLeadSource("INS")).toEqual({ source: null, action: "INS", offerId: null });
  });

  it("gives all null for a missing or blank lead source without fallbacks", () => {
    expect(splitLeadSource(null)).toEqual({ source: null, action: null, offerId: null });
    expect(splitLeadSource("  |  ")).toEqual({ source: null, action: null, offerId: null });
  });

  it("uses ActionCode alone when there is no lead source", () => {
    expect(splitLeadSource(null, { actionCode: "create", offerId: "a.b" })).toEqual({
      source: null,
      action: "Create",
      offerId: "a.b",
    });
  });

  it("keeps unknown sources and actions verbatim (trimmed)", () => {
    expect(splitLeadSource(" Teams Store - Subscribe | contoso.bot ")).toEqual({
      source: "Teams Store",
      action: "Subscribe",
      offerId: "contoso.bot",
    });
    expect(splitLeadSource("MSFT_TEST_636573304831318844")).toEqual({
      source: "MSFT_TEST_636573304831318844",
      action: null,
      offerId: null,
    });
  });

  describe("action precedence", () => {
    it("prefers ActionCode when it differs from the action in the lead source", () => {
      expect(splitLeadSource("AzureMarketplace-INS|a.b", { actionCode: "Create" }).action).toBe("Create");
      expect(splitLeadSource("SPZA-PLT|a.b", { actionCode: "NEWCODE" }).action).toBe("NEWCODE");
    });

    it("uses the lead-source action when ActionCode is missing or blank", () => {
      expect(splitLeadSource("AzureMarketplace-INS|a.b", { actionCode: null }).action).toBe("INS");
      expect(splitLeadSource("AzureMarketplace-INS|a.b", { actionCode: "   " }).action).toBe("INS");
    });

    it("lets DNC win from either side, so a do-not-contact customer is never contacted", () => {
      expect(splitLeadSource("SPZA-DNC|a.b", { actionCode: "PLT" }).action).toBe("DNC");
      expect(splitLeadSource("SPZA-PLT|a.b", { actionCode: "dnc" }).action).toBe("DNC");
    });
  });
});

describe("normaliseSource", () => {
  it.each([
    ["AzureMarketplace", "AzureMarketplace"],
    ["azuremarketplace", "AzureMarketplace"],
    ["Azure Marketplace", "AzureMarketplace"],
    ["azureportal", "AzurePortal"],
    ["AZUREPORTAL", "AzurePortal"],
    ["testdrive", "TestDrive"],
    ["TESTDRIVE", "TestDrive"],
    ["APPSOURCE", "AppSource"],
    ["appsource", "AppSource"],
    ["SPZA", "AppSource"],
    ["spza", "AppSource"],
    ["AppSource (SPZA)", "AppSource"],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseSource(raw)).toBe(expected);
  });

  it("keeps unknown sources trimmed and verbatim, and empty ones as null", () => {
    expect(normaliseSource("  Teams Store ")).toBe("Teams Store");
    expect(normaliseSource("<script>x</script>")).toBe("<script>x</script>");
    expect(normaliseSource("  ")).toBeNull();
    expect(normaliseSource(null)).toBeNull();
  });
});

describe("normaliseAction", () => {
  it.each([
    ["ins", "INS"],
    ["INS", "INS"],
    ["plt", "PLT"],
    ["Dnc", "DNC"],
    ["create", "Create"],
    ["CREATE", "Create"],
    ["starttestdrive", "StartTestDrive"],
    ["Start Test Drive", "StartTestDrive"],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseAction(raw)).toBe(expected);
  });

  it("keeps unknown codes verbatim", () => {
    expect(normaliseAction(" Subscribe ")).toBe("Subscribe");
    expect(normaliseAction("'; DROP TABLE leads; --")).toBe("'; DROP TABLE leads; --");
    expect(normaliseAction("")).toBeNull();
  });
});
