import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLead } from "@/lib/ingest/parse-lead";
import type { ParsedLead } from "@/lib/leads/lead";
import { azureTableEntity, microsoftSampleJson, microsoftTestLeadJson } from "@/tests/support/marketplace-bodies";

function lead(body: unknown): ParsedLead {
  const result = parseLead(body);
  if (!result.ok) throw new Error(`expected a lead, got: ${result.reason}`);
  return result.lead;
}

function rejection(body: unknown): string {
  const result = parseLead(body);
  if (result.ok) throw new Error("expected no lead");
  return result.reason;
}

describe("parseLead: Microsoft's bodies", () => {
  it("parses the exact sample body from the documentation", () => {
    expect(lead(JSON.parse(microsoftSampleJson))).toEqual({
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
      stage: "INITIAL_INTEREST",
      isTest: false,
      doNotContact: false,
      sourceCreatedAt: null,
      extra: {},
    });
  });

  it("parses the test lead, flags it as a test, and keeps its codes verbatim", () => {
    const parsed = lead(JSON.parse(microsoftTestLeadJson));
    expect(parsed.isTest).toBe(true);
    expect(parsed.customer.email).toBe("MSFT_TEST_636573304831318844@test.com");
    expect(parsed.customer.phone).toBe("1234567890");
    expect(parsed.source).toBe("MSFT_TEST_636573304831318844");
    expect(parsed.action).toBe("MSFT_TEST_636573304831318844");
    expect(parsed.stage).toBe("UNKNOWN");
    expect(parsed.doNotContact).toBe(false);
  });

  it("flags a test lead whose marker is only in an extra value", () => {
    const parsed = lead({ ...JSON.parse(microsoftSampleJson), campaign: "msft_test_1" });
    expect(parsed.isTest).toBe(true);
  });

  it("parses the Azure Table entity with CustomerInfo as a JSON string", () => {
    const parsed = lead(azureTableEntity);
    expect(parsed.customer.firstName).toBe("Zoë");
    expect(parsed.customer.lastName).toBe("Ångström");
    expect(parsed.source).toBe("AzurePortal");
    expect(parsed.action).toBe("Create");
    expect(parsed.offerId).toBe("checkpoint.check-point-r77-10sg-byol");
    expect(parsed.offerTitle).toBe("Check Point CloudGuard");
    expect(parsed.stage).toBe("ACTIVE");
    expect(parsed.description).toBeNull();
    expect(parsed.sourceCreatedAt?.toISOString()).toBe("2018-09-28T10:00:00.000Z");
    expect(Object.keys(parsed.extra).sort()).toEqual(["PartitionKey", "RowKey", "Timestamp"]);
  });

  it("keeps a lead whose CustomerInfo is malformed JSON, with the raw string in extra", () => {
    const parsed = lead({ ...azureTableEntity, CustomerInfo: "{FirstName: Ada" });
    expect(parsed.customer.firstName).toBeNull();
    expect(parsed.extra["CustomerInfo"]).toBe("{FirstName: Ada");
    expect(parsed.action).toBe("Create");
  });

  it("keeps an unreadable CreatedTime in extra and leaves sourceCreatedAt null", () => {
    const parsed = lead({ ...azureTableEntity, CreatedTime: "sometime last week" });
    expect(parsed.sourceCreatedAt).toBeNull();
    expect(parsed.extra["CreatedTime"]).toBe("sometime last week");
  });
});

describe("parseLead: lead source and action", () => {
  it("takes the action from ActionCode for a source-only lead source", () => {
    const parsed = lead({ LeadSource: "AzureMarketplace", ActionCode: "INS", OfferTitle: "X" });
    expect(parsed.source).toBe("AzureMarketplace");
    expect(parsed.action).toBe("INS");
    expect(parsed.stage).toBe("INITIAL_INTEREST");
    expect(parsed.leadSource).toBe("AzureMarketplace");
  });

  it("accepts spaces around | and - and keeps the lead source as received", () => {
    const parsed = lead({ leadSource: "SPZA - PLT | contoso.analytics" });
    expect(parsed.leadSource).toBe("SPZA - PLT | contoso.analytics");
    expect(parsed.source).toBe("AppSource");
    expect(parsed.action).toBe("PLT");
    expect(parsed.offerId).toBe("contoso.analytics");
    expect(parsed.stage).toBe("ACTIVE");
  });

  it("uses ActionCode when it differs from the lead-source action", () => {
    const parsed = lead({ LeadSource: "AzureMarketplace-INS|a.b", ActionCode: "Create" });
    expect(parsed.action).toBe("Create");
    expect(parsed.stage).toBe("ACTIVE");
  });

  it("marks do-not-contact when either side says DNC", () => {
    const fromSource = lead({ LeadSource: "SPZA-DNC|a.b", ActionCode: "PLT" });
    expect(fromSource.stage).toBe("DO_NOT_CONTACT");
    expect(fromSource.doNotContact).toBe(true);
    const fromCode = lead({ LeadSource: "AppSource (SPZA)", ActionCode: "dnc" });
    expect(fromCode.source).toBe("AppSource");
    expect(fromCode.doNotContact).toBe(true);
  });

  it("maps test drives to TRIAL", () => {
    const parsed = lead({ leadSource: "testdrive-starttestdrive|bitnami.openedxcypress" });
    expect(parsed.source).toBe("TestDrive");
    expect(parsed.action).toBe("StartTestDrive");
    expect(parsed.stage).toBe("TRIAL");
  });

  it("keeps unknown sources and codes verbatim and never rejects the lead for them", () => {
    const parsed = lead({ LeadSource: "TeamsStore-Subscribe|contoso.bot", Email: "a@contoso.com" });
    expect(parsed.source).toBe("TeamsStore");
    expect(parsed.action).toBe("Subscribe");
    expect(parsed.stage).toBe("UNKNOWN");
    expect(parsed.doNotContact).toBe(false);
  });

  it("falls back to an explicit offer field when the lead source names no offer", () => {
    expect(lead({ leadSource: "APPSOURCE-PLT", offerId: "contoso.analytics" }).offerId).toBe("contoso.analytics");
    expect(lead({ leadSource: "azureportal", offer: "contoso.vm", actionCode: "create" }).offerId).toBe("contoso.vm");
  });
});

describe("parseLead: usable or not", () => {
  it("accepts a .edu lead without personal data when it has a lead source", () => {
    const parsed = lead({
      UserDetails: { FirstName: "", LastName: "", Email: "", Phone: "", Country: "", Company: "", Title: "" },
      LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
      ActionCode: "INS",
      OfferTitle: "Contoso Sample Offer",
    });
    expect(Object.values(parsed.customer).every((value) => value === null)).toBe(true);
    expect(parsed.stage).toBe("INITIAL_INTEREST");
  });

  it.each([
    ["an action code", { actionCode: "INS" }],
    ["an offer id", { offerId: "contoso.offer" }],
    ["an offer title", { OfferTitle: "Contoso Offer" }],
    ["one customer field", { UserDetails: { Country: "US" } }],
  ])("accepts a body with only %s", (_name, body) => {
    expect(parseLead(body).ok).toBe(true);
  });

  it.each([
    ["an empty object", {}],
    ["every field empty", { UserDetails: {}, LeadSource: "", ActionCode: "  ", OfferTitle: null, Description: "" }],
    ["only unknown keys", { hello: "world" }],
    ["only a description", { Description: "Campaigns: " }],
    ["only a malformed CustomerInfo", { CustomerInfo: "{not json" }],
  ])("rejects %s", (_name, body) => {
    expect(rejection(body)).toMatch(/no lead data/i);
  });

  it.each([
    ["an array", [{ FirstName: "A", LeadSource: "AzureMarketplace" }]],
    ["a number", 42],
    ["null", null],
    ["a string", "FirstName=A"],
    ["undefined", undefined],
  ])("rejects %s at the top level", (_name, body) => {
    expect(rejection(body)).toMatch(/not a JSON object/);
  });
});

describe("parseLead: form-encoded input", () => {
  it("parses URLSearchParams with Salesforce-style snake_case names", () => {
    const parsed = lead(
      new URLSearchParams({
        first_name: "Zoë",
        last_name: "Ångström",
        email: "zoe@fabrikam.se",
        company: "Fabrikam",
        lead_source: "AzureMarketplace-INS|fabrikam.app",
        description: "hello",
      }),
    );
    expect(parsed.customer.firstName).toBe("Zoë");
    expect(parsed.customer.email).toBe("zoe@fabrikam.se");
    expect(parsed.action).toBe("INS");
    expect(parsed.offerId).toBe("fabrikam.app");
    expect(parsed.description).toBe("hello");
  });

  it("rejects empty form fields", () => {
    expect(parseLead(new URLSearchParams("first_name=&email=")).ok).toBe(false);
  });
});

describe("parseLead: unicode and hostile values", () => {
  it("keeps unicode names intact", () => {
    const parsed = lead({
      UserDetails: { FirstName: "Zoë", LastName: "Ångström", Company: "王小明科技 🚀", Title: "👩‍💻 Lead" },
      LeadSource: "AzureMarketplace-INS|a.b",
    });
    expect(parsed.customer.firstName).toBe("Zoë");
    expect(parsed.customer.lastName).toBe("Ångström");
    expect(parsed.customer.company).toBe("王小明科技 🚀");
    expect(parsed.customer.title).toBe("👩‍💻 Lead");
  });

  it("keeps HTML, SQL and spreadsheet-formula strings verbatim", () => {
    const parsed = lead({
      UserDetails: {
        FirstName: "<script>alert(document.cookie)</script>",
        LastName: "Robert'); DROP TABLE leads;--",
        Company: "=cmd|' /C calc'!A0",
        Title: "+SUM(1,1)",
      },
      Description: '<img src=x onerror="alert(1)">',
      LeadSource: "AzureMarketplace-<b>INS</b>|a.b",
    });
    expect(parsed.customer.firstName).toBe("<script>alert(document.cookie)</script>");
    expect(parsed.customer.lastName).toBe("Robert'); DROP TABLE leads;--");
    expect(parsed.customer.company).toBe("=cmd|' /C calc'!A0");
    expect(parsed.customer.title).toBe("+SUM(1,1)");
    expect(parsed.description).toBe('<img src=x onerror="alert(1)">');
    expect(parsed.action).toBe("<b>INS</b>");
  });

  it("does not pollute Object.prototype through __proto__, constructor or prototype keys", () => {
    const parsed = lead(
      JSON.parse(
        '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}, "prototype": {"isAdmin": true},' +
          ' "userDetails": {"__proto__": {"isAdmin": true}, "email": "a@contoso.com"}}',
      ),
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("isAdmin");
    expect(Object.getPrototypeOf(parsed.extra)).toBeNull();
    expect(parsed.extra["__proto__"]).toEqual({ isAdmin: true });
    expect(parsed.customer.email).toBe("a@contoso.com");
  });

  it("does not pollute through form keys either", () => {
    lead(new URLSearchParams("__proto__[isAdmin]=1&__proto__=x&constructor=y&email=a@contoso.com"));
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it("turns numbers where strings belong into strings", () => {
    const parsed = lead({ UserDetails: { Phone: 16175555555, Company: 42 }, ActionCode: 7 });
    expect(parsed.customer.phone).toBe("16175555555");
    expect(parsed.customer.company).toBe("42");
    expect(parsed.action).toBe("7");
  });
});

describe("parseLead: robustness", () => {
  it("never throws and always answers ok true or false, for any value", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), (body) => {
        const result = parseLead(body);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on random JSON and always gives storable JSON extra", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseLead(JSON.parse(text));
        if (result.ok) expect(() => JSON.stringify(result.lead.extra)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("never lets a received key pollute Object.prototype", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("__proto__", "constructor", "prototype", "UserDetails", "email"), fc.jsonValue()),
        (body) => {
          parseLead(JSON.parse(JSON.stringify(body)));
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads any casing of the known keys the same way", () => {
    const casings = [(k: string) => k, (k: string) => k.toLowerCase(), (k: string) => k.toUpperCase()];
    fc.assert(
      fc.property(fc.constantFrom(...casings), fc.constantFrom(...casings), (outer, inner) => {
        const parsed = lead({
          [outer("UserDetails")]: { [inner("FirstName")]: "Ada", [inner("Email")]: "ada@contoso.com" },
          [outer("LeadSource")]: "AzureMarketplace-INS|a.b",
        });
        expect(parsed.customer.firstName).toBe("Ada");
        expect(parsed.customer.email).toBe("ada@contoso.com");
        expect(parsed.action).toBe("INS");
      }),
    );
  });
});
