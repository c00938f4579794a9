// Field mappings: what each Lead desk field reads, how a mapping is checked
// when saved, and how the settings form's lines become one.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { mapLead } from "@/lib/destinations/field-mapping";
import { parseMappingLines, readDestinationForm } from "@/lib/destinations/read-destination-form";
import { parseDestinationConfig } from "@/lib/destinations/registry";
import { english } from "@/lib/i18n/translator";
import { localizeIssues } from "@/lib/i18n/validation";
import { noCustomer, sampleLead } from "@/tests/support/fake-crm/sample-lead";

const salesforce = { myDomainUrl: "https://contoso.my.salesforce.com", clientId: "id", clientSecret: "s" };

/** Field errors as an English reader gets them. */
const said = (issues: z.core.$ZodIssue[]) => localizeIssues(issues, english).fieldErrors;

describe("mapping a lead", () => {
  it("reads offer, action, stage, status, owner and the marketplace's extra fields", () => {
    const lead = sampleLead({
      extra: { MktCmpId: "spring-26", nested: { a: 1 } },
      status: "QUALIFIED",
      ownerEmail: "ana@contoso.com",
    });
    const mapping = {
      Offer__c: "offerId",
      OfferName__c: "offerTitle",
      Action__c: "action",
      What__c: "actionText",
      Stage__c: "stage",
      Status: "status",
      Owner__c: "owner",
      Campaign__c: "extra.mktcmpid",
      Nested__c: "extra.nested",
      Missing__c: "extra.partnerid",
      Phone: "phone",
    };
    const { values, fields } = mapLead(lead, mapping);
    expect(values).toEqual({
      Offer__c: "contoso.sample-offer",
      OfferName__c: "Contoso Sample Offer",
      Action__c: "INS",
      What__c: "Got it now — the customer acquired the offer (initial interest)",
      Stage__c: "Initial interest",
      Status: "QUALIFIED",
      Owner__c: "ana@contoso.com",
      Campaign__c: "spring-26",
      Nested__c: '{"a":1}',
      Phone: "16175555555",
    });
    // An empty value is not sent (a CRM reads "" as "clear this field"), but the test-lead result lists it.
    expect(fields).toContainEqual({ crmField: "Missing__c", leadField: "extra.partnerid", value: null });
    expect(mapLead(sampleLead({ customer: noCustomer }), { LastName: "lastName" }).values).toEqual({});
  });
});

describe("checking a mapping when saved", () => {
  it("fills in Microsoft's connector defaults when none is given", () => {
    const parsed = parseDestinationConfig("DYNAMICS", {
      instanceUrl: "https://c.crm.dynamics.com",
      tenantId: "t",
      clientId: "c",
      clientSecret: "s",
    });
    expect(parsed.ok && (parsed.config as { fieldMap: unknown }).fieldMap).toEqual({
      firstname: "firstName",
      lastname: "lastName",
      emailaddress1: "email",
      telephone1: "phone",
      address1_country: "country",
      companyname: "company",
      jobtitle: "title",
      subject: "subject",
      description: "summary",
    });
  });

  it("refuses unknown Lead desk fields, CRM names of the wrong form and unmapped required fields", () => {
    const parsed = parseDestinationConfig("SALESFORCE_API", {
      ...salesforce,
      fieldMap: { LastName: "lastName", "Bad name": "email", Offer__c: "ofer" },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(said(parsed.issues).fieldMap).toEqual([
      '"Bad name" is not a Salesforce field name (its API name, e.g. Offer_Id__c).',
      '"ofer" (for Offer__c) is not a Lead desk field.',
      "Salesforce requires Company: map a Lead desk field to it.",
    ]);
    const dataverse = parseDestinationConfig("DYNAMICS", {
      instanceUrl: "https://c.crm.dynamics.com",
      tenantId: "t",
      clientId: "c",
      clientSecret: "s",
      fieldMap: { FirstName: "firstName" },
    });
    expect(dataverse.ok || said(dataverse.issues).fieldMap).toEqual([
      '"FirstName" is not a Dataverse field name (its logical name in lower case, e.g. new_offerid).',
    ]);
    const marketo = parseDestinationConfig("MARKETO", {
      munchkinId: "123-ABC-456",
      clientId: "c",
      clientSecret: "s",
      fieldMap: { firstName: "firstName" },
    });
    expect(marketo.ok || said(marketo.issues).fieldMap).toEqual([
      "Marketo requires email: map a Lead desk field to it.",
    ]);
  });
});

describe("the settings form's mapping box", () => {
  it("reads CRM field = Lead desk field lines, and a cleared box means the defaults", () => {
    expect(parseMappingLines("LastName = lastName\n\n  Offer__c=offerId  ")).toEqual({
      mapping: { LastName: "lastName", Offer__c: "offerId" },
    });
    expect(parseMappingLines("LastName lastName")).toEqual({
      error: { key: "mappingLine", values: { line: "LastName lastName" } },
    });
    expect(parseMappingLines("Email = email\nEmail = owner")).toEqual({
      error: { key: "mappingTwice", values: { field: "Email" } },
    });
    const form = (text: string) =>
      readDestinationForm("SALESFORCE_API", {
        name: "SF",
        "config.myDomainUrl": salesforce.myDomainUrl,
        "config.fieldMap": text,
      });
    expect(form("LastName = lastName\nCompany = company")).toMatchObject({
      ok: true,
      input: { config: { fieldMap: { LastName: "lastName", Company: "company" } } },
    });
    expect(form("  \n")).toMatchObject({ ok: true, input: { config: { fieldMap: "" } } });
    expect(form("nonsense")).toEqual({
      ok: false,
      issues: [expect.objectContaining({ path: ["config.fieldMap"], message: "mappingLine" })],
    });
  });
});
