import { describe, expect, it } from "vitest";
import { customerKey } from "@/lib/ingest/customer-key";
import type { CustomerInfo } from "@/lib/leads/lead";

const blank: CustomerInfo = {
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  country: null,
  company: null,
  title: null,
};

function key(fields: Partial<CustomerInfo>) {
  return customerKey({ ...blank, ...fields });
}

describe("customerKey", () => {
  it("uses the trimmed, lowercased e-mail", () => {
    expect(key({ email: "  SomeOne@Contoso.COM ", firstName: "Some", company: "Contoso" })).toBe(
      "email:someone@contoso.com",
    );
  });

  it("gives the same key to the same e-mail however it is cased", () => {
    expect(key({ email: "someone@contoso.com" })).toBe(key({ email: "SOMEONE@CONTOSO.COM" }));
  });

  it("keeps dots and +tags for non-Gmail addresses", () => {
    expect(key({ email: "j.doe+leads@contoso.com" })).toBe("email:j.doe+leads@contoso.com");
    expect(key({ email: "j.doe@contoso.com" })).not.toBe(key({ email: "jdoe@contoso.com" }));
  });

  it("strips dots and +tags for Gmail and treats googlemail.com as gmail.com", () => {
    expect(key({ email: "J.Doe+marketplace@gmail.com" })).toBe("email:jdoe@gmail.com");
    expect(key({ email: "j.doe@googlemail.com" })).toBe("email:jdoe@gmail.com");
  });

  it("ignores an e-mail that is not an address and falls back to name and company", () => {
    expect(key({ email: "n/a", firstName: "Some", lastName: "One", company: "Contoso" })).toBe("name:some one|contoso");
    expect(key({ email: "someone@", firstName: "Some", company: "Contoso" })).toBe("name:some|contoso");
    expect(key({ email: "@contoso.com" })).toBeNull();
  });

  it("uses name and company, lowercased, accents stripped, whitespace collapsed", () => {
    expect(key({ firstName: "  Zoë ", lastName: "Ångström", company: "Fabrikam   AB" })).toBe(
      "name:zoe angstrom|fabrikam ab",
    );
    expect(key({ firstName: "ZOE", lastName: "ANGSTROM", company: "fabrikam ab" })).toBe(
      key({ firstName: "Zoë", lastName: "Ångström", company: "Fabrikam AB" }),
    );
  });

  it("folds compatibility characters (NFKD)", () => {
    expect(key({ firstName: "Ｓｏｍｅ", company: "ﬁnance co" })).toBe("name:some|finance co");
  });

  it("keeps non-Latin names and emoji", () => {
    expect(key({ firstName: "小明", lastName: "王", company: "微软" })).toBe("name:小明 王|微软");
    expect(key({ firstName: "Ada 🚀", company: "Contoso" })).toBe("name:ada 🚀|contoso");
  });

  it("works with only one name part", () => {
    expect(key({ lastName: "One", company: "Contoso" })).toBe("name:one|contoso");
  });

  it("does not let a | in a name shift the boundary to the company", () => {
    expect(key({ firstName: "a|b", company: "c" })).not.toBe(key({ firstName: "a", company: "b|c" }));
  });

  it("gives no key for a name without a company, a company without a name, or no data (.edu)", () => {
    expect(key({ firstName: "Some", lastName: "One" })).toBeNull();
    expect(key({ company: "Contoso" })).toBeNull();
    expect(key({ phone: "16175555555", country: "US" })).toBeNull();
    expect(customerKey(blank)).toBeNull();
  });
});
