import { describe, expect, it } from "vitest";
import { readFields } from "@/lib/ingest/read-fields";
import { azureTableEntity, microsoftSampleJson, microsoftTestLeadJson } from "@/tests/support/marketplace-bodies";

const sampleCustomer = {
  firstName: "Some",
  lastName: "One",
  email: "someone@contoso.com",
  phone: "16175555555",
  country: "USA",
  company: "Contoso",
  title: "Esquire",
};

function read(body: unknown) {
  const fields = readFields(body);
  if (!fields) throw new Error("expected fields");
  return fields;
}

describe("readFields: HTTPS endpoint JSON", () => {
  it("reads Microsoft's sample body", () => {
    const fields = read(JSON.parse(microsoftSampleJson));
    expect(fields.customer).toEqual(sampleCustomer);
    expect(fields.leadSource).toBe("AzureMarketplace-INS|contoso.sample-offer");
    expect(fields.actionCode).toBe("INS");
    expect(fields.offerTitle).toBe("Contoso Sample Offer");
    expect(fields.description).toBe("Campaigns:");
    expect(fields.offerId).toBeNull();
    expect(Object.keys(fields.extra)).toEqual([]);
  });

  it("reads the test lead's lowercase userDetails and camelCase keys", () => {
    const fields = read(JSON.parse(microsoftTestLeadJson));
    expect(fields.customer.firstName).toBe("MSFT_TEST_636573304831318844");
    expect(fields.customer.email).toBe("MSFT_TEST_636573304831318844@test.com");
    expect(fields.customer.phone).toBe("1234567890");
    expect(fields.customer.country).toBe("US");
    expect(fields.leadSource).toBe("MSFT_TEST_636573304831318844");
    expect(fields.actionCode).toBe("MSFT_TEST_636573304831318844");
    expect(fields.offerTitle).toBe("MSFT_TEST_636573304831318844");
  });

  it.each([
    [
      "PascalCase",
      { UserDetails: { FirstName: "A", Email: "a@b.c" }, LeadSource: "X", ActionCode: "INS", OfferTitle: "T" },
    ],
    [
      "camelCase",
      { userDetails: { firstName: "A", email: "a@b.c" }, leadSource: "X", actionCode: "INS", offerTitle: "T" },
    ],
    [
      "ALL CAPS",
      { USERDETAILS: { FIRSTNAME: "A", EMAIL: "a@b.c" }, LEADSOURCE: "X", ACTIONCODE: "INS", OFFERTITLE: "T" },
    ],
    [
      "snake_case",
      { user_details: { first_name: "A", e_mail: "a@b.c" }, lead_source: "X", action_code: "INS", offer_title: "T" },
    ],
    [
      "lowercase",
      { userdetails: { firstname: "A", email: "a@b.c" }, leadsource: "X", actioncode: "INS", offertitle: "T" },
    ],
  ])("matches %s keys", (_name, body) => {
    const fields = read(body);
    expect(fields.customer.firstName).toBe("A");
    expect(fields.customer.email).toBe("a@b.c");
    expect(fields.leadSource).toBe("X");
    expect(fields.actionCode).toBe("INS");
    expect(fields.offerTitle).toBe("T");
    expect(Object.keys(fields.extra)).toEqual([]);
  });

  it("keeps extra keys, top-level and inside UserDetails", () => {
    const fields = read({
      UserDetails: { FirstName: "A", LinkedIn: "in/a" },
      LeadSource: "AzureMarketplace-INS|a.b",
      mktcmpid: "spring",
      partnerid: 42,
    });
    expect(fields.extra).toEqual({ "UserDetails.LinkedIn": "in/a", mktcmpid: "spring", partnerid: 42 });
  });

  it("fills gaps from top-level customer keys but lets UserDetails win a conflict, keeping the loser in extra", () => {
    const fields = read({
      UserDetails: { Email: "nested@contoso.com" },
      email: "top@contoso.com",
      company: "Contoso",
    });
    expect(fields.customer.email).toBe("nested@contoso.com");
    expect(fields.customer.company).toBe("Contoso");
    expect(fields.extra).toEqual({ email: "top@contoso.com" });
  });

  it("takes the first non-empty value among keys differing only in case", () => {
    const fields = read({ Email: "", email: "a@contoso.com", EMAIL: "a@contoso.com" });
    expect(fields.customer.email).toBe("a@contoso.com");
    expect(Object.keys(fields.extra)).toEqual([]);
  });
});

describe("readFields: Azure Table entity", () => {
  it("reads CustomerInfo given as a JSON string, OfferDisplayName and CreatedTime", () => {
    const fields = read(azureTableEntity);
    expect(fields.customer).toEqual({
      firstName: "Zoë",
      lastName: "Ångström",
      email: "zoe.angstrom@fabrikam.se",
      phone: "+46 8 123 456",
      country: "SE",
      company: "Fabrikam AB",
      title: "CTO",
    });
    expect(fields.offerTitle).toBe("Check Point CloudGuard");
    expect(fields.createdTime).toBe("2018-09-28T10:00:00.0000000Z");
    expect(fields.actionCode).toBe("Create");
    expect(fields.description).toBeNull();
  });

  it("keeps PartitionKey, RowKey and Timestamp in extra", () => {
    const fields = read(azureTableEntity);
    expect(fields.extra).toEqual({
      PartitionKey: azureTableEntity.PartitionKey,
      RowKey: azureTableEntity.RowKey,
      Timestamp: azureTableEntity.Timestamp,
    });
  });

  it("reads CustomerInfo given as an object", () => {
    const fields = read({ ...azureTableEntity, CustomerInfo: { firstName: "Ada", company: "Contoso" } });
    expect(fields.customer.firstName).toBe("Ada");
    expect(fields.customer.company).toBe("Contoso");
    expect(fields.customer.email).toBeNull();
  });

  it("keeps a malformed CustomerInfo string in extra and reads the rest", () => {
    const fields = read({ ...azureTableEntity, CustomerInfo: '{"FirstName": "Ada", ' });
    expect(fields.customer.firstName).toBeNull();
    expect(fields.extra["CustomerInfo"]).toBe('{"FirstName": "Ada", ');
    expect(fields.leadSource).toBe(azureTableEntity.LeadSource);
  });

  it("keeps a CustomerInfo string holding JSON that is not an object in extra", () => {
    expect(read({ CustomerInfo: "[1,2]" }).extra["CustomerInfo"]).toBe("[1,2]");
    expect(read({ CustomerInfo: "null" }).extra["CustomerInfo"]).toBe("null");
  });

  it("does not parse an oversized CustomerInfo string, keeping a capped copy in extra", () => {
    const huge = JSON.stringify({ FirstName: "Ada", Notes: "x".repeat(200_000) });
    const fields = read({ CustomerInfo: huge });
    expect(fields.customer.firstName).toBeNull();
    expect(fields.extra["CustomerInfo"]).toBe(huge.slice(0, 10_000));
  });

  it("reads a Date CreatedTime (as the Azure Tables SDK returns it) as ISO text", () => {
    const fields = read({ CreatedTime: new Date(Date.UTC(2024, 1, 3, 4, 5, 6)) });
    expect(fields.createdTime).toBe("2024-02-03T04:05:06.000Z");
  });
});

describe("readFields: flat JSON and form fields", () => {
  const flat = {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@contoso.com",
    phone: "+44 20 7946 0000",
    country: "GB",
    company: "Contoso",
    title: "Engineer",
    leadSource: "AppSource-PLT",
    actionCode: "PLT",
    offer: "contoso.analytics",
    offerTitle: "Contoso Analytics",
    description: "Please call",
  };

  function expectFlat(fields: ReturnType<typeof read>) {
    expect(fields.customer).toEqual({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@contoso.com",
      phone: "+44 20 7946 0000",
      country: "GB",
      company: "Contoso",
      title: "Engineer",
    });
    expect(fields.leadSource).toBe("AppSource-PLT");
    expect(fields.actionCode).toBe("PLT");
    expect(fields.offerId).toBe("contoso.analytics");
    expect(fields.offerTitle).toBe("Contoso Analytics");
    expect(fields.description).toBe("Please call");
  }

  it("reads a flat camelCase object", () => {
    expectFlat(read(flat));
  });

  it("reads snake_case keys (as in the Salesforce form)", () => {
    expectFlat(
      read({
        first_name: "Ada",
        last_name: "Lovelace",
        email: "ada@contoso.com",
        phone: "+44 20 7946 0000",
        country: "GB",
        company: "Contoso",
        title: "Engineer",
        lead_source: "AppSource-PLT",
        action_code: "PLT",
        offer_id: "contoso.analytics",
        offer_title: "Contoso Analytics",
        description: "Please call",
      }),
    );
  });

  it("reads URLSearchParams", () => {
    expectFlat(read(new URLSearchParams(flat)));
  });

  it("reads a raw form-encoded body via URLSearchParams, decoding + and %XX", () => {
    const fields = read(
      new URLSearchParams(
        "first_name=Zo%C3%AB&last_name=%C3%85ngstr%C3%B6m&lead_source=AzureMarketplace-INS%7Ca.b&note=hi+there",
      ),
    );
    expect(fields.customer.firstName).toBe("Zoë");
    expect(fields.customer.lastName).toBe("Ångström");
    expect(fields.leadSource).toBe("AzureMarketplace-INS|a.b");
    expect(fields.extra).toEqual({ note: "hi there" });
  });

  it("keeps repeated form fields instead of dropping them", () => {
    const fields = read(new URLSearchParams("email=a@contoso.com&email=b@contoso.com&tag=x&tag=y"));
    expect(fields.customer.email).toBe("a@contoso.com");
    expect(fields.extra).toEqual({ email: "b@contoso.com", tag: ["x", "y"] });
  });

  it("reads a record of strings", () => {
    const fields = read({ FirstName: "Ada", LeadSource: "TestDrive-StartTestDrive|a.b" } as Record<string, string>);
    expect(fields.customer.firstName).toBe("Ada");
    expect(fields.leadSource).toBe("TestDrive-StartTestDrive|a.b");
  });
});

describe("readFields: value handling", () => {
  it("turns numbers and booleans into strings", () => {
    const fields = read({ phone: 16175555555, company: 3, title: true, offerTitle: 0 });
    expect(fields.customer.phone).toBe("16175555555");
    expect(fields.customer.company).toBe("3");
    expect(fields.customer.title).toBe("true");
    expect(fields.offerTitle).toBe("0");
  });

  it("does not accept objects or arrays as text fields but keeps them in extra", () => {
    const fields = read({ email: ["a@contoso.com"], company: { name: "Contoso" }, leadSource: { x: 1 } });
    expect(fields.customer.email).toBeNull();
    expect(fields.customer.company).toBeNull();
    expect(fields.leadSource).toBeNull();
    expect(fields.extra).toEqual({ email: ["a@contoso.com"], company: { name: "Contoso" }, leadSource: { x: 1 } });
  });

  it("trims, removes NUL bytes, and turns empty strings into null", () => {
    const fields = read({ firstName: "  Ada\0 ", lastName: "   ", email: "" });
    expect(fields.customer.firstName).toBe("Ada");
    expect(fields.customer.lastName).toBeNull();
    expect(fields.customer.email).toBeNull();
  });

  it("caps fields at 1,000 characters and the description at 10,000", () => {
    const fields = read({ company: "c".repeat(5_000), description: "d".repeat(50_000) });
    expect(fields.customer.company).toHaveLength(1_000);
    expect(fields.description).toHaveLength(10_000);
  });

  it("keeps hostile strings verbatim", () => {
    const fields = read({
      firstName: "<script>alert('x')</script>",
      lastName: "'; DROP TABLE leads; --",
      company: "=cmd|' /C calc'!A0",
      title: "@SUM(1+1)*cmd|' /C calc'!A0",
    });
    expect(fields.customer.firstName).toBe("<script>alert('x')</script>");
    expect(fields.customer.lastName).toBe("'; DROP TABLE leads; --");
    expect(fields.customer.company).toBe("=cmd|' /C calc'!A0");
    expect(fields.customer.title).toBe("@SUM(1+1)*cmd|' /C calc'!A0");
  });
});

describe("readFields: hostile shapes", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["a string", '{"FirstName":"A"}'],
    ["a boolean", true],
    ["an array", [{ FirstName: "A" }]],
  ])("gives null for %s", (_name, body) => {
    expect(readFields(body)).toBeNull();
  });

  it("does not let __proto__, constructor or prototype keys pollute Object.prototype", () => {
    const body = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": "p",' +
        ' "UserDetails": {"__proto__": {"polluted": "yes"}, "FirstName": "A"}, "CustomerInfo": "{\\"__proto__\\": {\\"polluted\\": \\"yes\\"}}"}',
    );
    const fields = read(body);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(fields.extra)).toBeNull();
    expect(Object.keys(fields.extra).sort()).toEqual(
      ["CustomerInfo.__proto__", "UserDetails.__proto__", "__proto__", "constructor", "prototype"].sort(),
    );
    expect(fields.extra["__proto__"]).toEqual({ polluted: "yes" });
    expect(fields.customer.firstName).toBe("A");
  });

  it("never throws on a Proxy whose traps throw", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
        getPrototypeOf() {
          throw new Error("boom");
        },
      },
    );
    expect(readFields(hostile)).toBeNull();
  });

  it("handles deep nesting without overflowing the stack", () => {
    let deep: unknown = { FirstName: "bottom" };
    for (let i = 0; i < 100_000; i++) deep = { n: deep };
    const fields = read({ UserDetails: deep, LeadSource: "AzureMarketplace" });
    expect(fields.leadSource).toBe("AzureMarketplace");
    expect(fields.customer.firstName).toBeNull();
    expect(() => JSON.stringify(fields.extra)).not.toThrow();
  });
});
