// "Open in …" links from each kind's stored (non-secret) settings and the id its CRM returned.
import { describe, expect, it } from "vitest";
import { recordLink } from "@/lib/destinations/registry";

describe("record links", () => {
  it("Dynamics: the lead form of the environment", () => {
    expect(
      recordLink(
        "DYNAMICS",
        { instanceUrl: "https://contoso.crm4.dynamics.com", tenantId: "t" },
        "6b1c2d3e-0000-4000-8000-000000000001",
      ),
    ).toEqual({
      label: "Open in Dynamics",
      url: "https://contoso.crm4.dynamics.com/main.aspx?etn=lead&pagetype=entityrecord&id=6b1c2d3e-0000-4000-8000-000000000001",
    });
  });

  it("Salesforce (API): the Lightning record page on My Domain", () => {
    expect(
      recordLink("SALESFORCE_API", { myDomainUrl: "https://contoso.my.salesforce.com" }, "00Q5g00000AbCdEEAZ"),
    ).toEqual({
      label: "Open in Salesforce",
      url: "https://contoso.my.salesforce.com/lightning/r/Lead/00Q5g00000AbCdEEAZ/view",
    });
  });

  it("Marketo: the lead detail on the instance's server, or the id alone without a server id", () => {
    expect(recordLink("MARKETO", { munchkinId: "123-ABC-456", serverId: "ys12" }, "1000")).toEqual({
      label: "Open in Marketo",
      url: "https://app-ys12.marketo.com/leadDatabase/loadLeadDetail?leadId=1000",
    });
    expect(recordLink("MARKETO", { munchkinId: "123-ABC-456" }, "1000")).toEqual({
      label: "Open in Marketo",
      url: null,
    });
  });

  it("no link from a stored setting that is not an http(s) URL, none without an id, and keys only for Azure Table", () => {
    expect(recordLink("DYNAMICS", { instanceUrl: "javascript:alert(1)" }, "x")).toEqual({
      label: "Open in Dynamics",
      url: null,
    });
    expect(recordLink("SALESFORCE_API", { myDomainUrl: "https://c.my.salesforce.com" }, null)).toBeNull();
    expect(recordLink("AZURE_TABLE", {}, "11:2F22:2F2026/abc")).toEqual({
      label: "Azure Table entity (PartitionKey/RowKey)",
      url: null,
    });
    expect(recordLink("HTTPS", { url: "https://example.com" }, "abc")).toEqual({ label: "Record id", url: null });
  });
});
