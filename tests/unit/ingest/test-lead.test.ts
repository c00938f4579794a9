import { describe, expect, it } from "vitest";
import { isTestLead, type TestLeadInput } from "@/lib/ingest/test-lead";

function lead(overrides: Partial<TestLeadInput> = {}): TestLeadInput {
  return {
    customer: {
      firstName: "Some",
      lastName: "One",
      email: "someone@contoso.com",
      phone: "16175555555",
      country: "USA",
      company: "Contoso",
      title: "Esquire",
    },
    leadSource: "AzureMarketplace-INS|contoso.sample-offer",
    source: "AzureMarketplace",
    action: "INS",
    offerId: "contoso.sample-offer",
    offerTitle: "Contoso Sample Offer",
    description: "Campaigns:",
    extra: {},
    ...overrides,
  };
}

describe("isTestLead", () => {
  it("is false for a real lead", () => {
    expect(isTestLead(lead())).toBe(false);
  });

  it.each([
    ["firstName", { customer: { ...lead().customer, firstName: "MSFT_TEST_636573304831318844" } }],
    ["email", { customer: { ...lead().customer, email: "MSFT_TEST_636573304831318844@test.com" } }],
    ["company", { customer: { ...lead().customer, company: "MSFT_TEST_1" } }],
    ["leadSource", { leadSource: "MSFT_TEST_636573304831318844" }],
    ["action", { action: "MSFT_TEST_636573304831318844" }],
    ["offerId", { offerId: "MSFT_TEST_1" }],
    ["offerTitle", { offerTitle: "MSFT_TEST_1" }],
    ["description", { description: "MSFT_TEST_636573304831318844" }],
  ])("is true when %s holds the marker", (_field, overrides) => {
    expect(isTestLead(lead(overrides))).toBe(true);
  });

  it("matches the marker in any casing and inside longer text", () => {
    expect(isTestLead(lead({ description: "note: msft_test_42 please ignore" }))).toBe(true);
    expect(isTestLead(lead({ description: "Msft_Test_42" }))).toBe(true);
  });

  it("looks into extra string values, nested ones included", () => {
    expect(isTestLead(lead({ extra: { campaign: "MSFT_TEST_1" } }))).toBe(true);
    expect(isTestLead(lead({ extra: { a: { b: ["x", "MSFT_TEST_1"] } } }))).toBe(true);
  });

  it("ignores extra keys and non-string values", () => {
    expect(isTestLead(lead({ extra: { MSFT_TEST_1: "real", n: 1, b: true, z: null } }))).toBe(false);
  });

  it("needs the whole marker", () => {
    expect(isTestLead(lead({ description: "MSFT TEST" }))).toBe(false);
    expect(isTestLead(lead({ description: "MSFT_TEST" }))).toBe(false);
  });
});
