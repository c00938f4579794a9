// Each kind's error reader against the error shapes its service documents:
// the code and message come out, with what to do, and the retry decision
// the error deserves.
import { describe, expect, it } from "vitest";
import { explainAzureTableError } from "@/lib/destinations/azure-table-error";
import { explainDynamicsError } from "@/lib/destinations/dynamics-error";
import { plainError } from "@/lib/destinations/judge-exchange";
import { explainMarketoError } from "@/lib/destinations/marketo-error";
import { explainOAuthError } from "@/lib/destinations/oauth-error";
import { describeServiceError, firstLines } from "@/lib/destinations/service-error";
import { explainWebToLeadPage } from "@/lib/destinations/web-to-lead-error";
import { webToLeadErrorPage } from "@/tests/support/fake-crm/fake-salesforce";

describe("Azure Table odata.error", () => {
  const restError = (statusCode: number, body: string) => ({
    name: "RestError",
    statusCode,
    message: body,
    response: { bodyAsText: body },
  });

  it("reads ServerBusy as temporary, without the RequestId and Time lines", () => {
    const body = JSON.stringify({
      "odata.error": {
        code: "ServerBusy",
        message: { lang: "en-US", value: "The server is busy.\nRequestId:5f1c\nTime:2026-12-02T08:00:00Z" },
      },
    });
    const error = explainAzureTableError(restError(503, body))!;
    expect(error).toMatchObject({ code: "ServerBusy", message: "The server is busy.", retryable: true, raw: body });
    expect(describeServiceError("Azure Table storage", 503, error)).toBe(
      "Azure Table storage refused the lead (HTTP 503, ServerBusy): The server is busy. A temporary failure at Azure Table storage.",
    );
  });

  it("names the fix for a too large property, and is not retried", () => {
    const body = JSON.stringify({
      "odata.error": {
        code: "PropertyValueTooLarge",
        message: { lang: "en-US", value: "The property value exceeds the maximum allowed size (64KB)." },
      },
    });
    expect(explainAzureTableError(restError(400, body))).toMatchObject({
      code: "PropertyValueTooLarge",
      retryable: false,
      advice: expect.stringMatching(/64 KB per property/),
    });
  });

  it("reads the XML shape of authentication failures, and ignores network errors", () => {
    const xml =
      '<?xml version="1.0"?>\n<Error>\n  <Code>AuthenticationFailed</Code>\n  <Message>Server failed to authenticate the request.\nRequestId:1</Message>\n</Error>';
    expect(explainAzureTableError(restError(403, xml))).toMatchObject({
      code: "AuthenticationFailed",
      message: "Server failed to authenticate the request.",
      retryable: false,
    });
    expect(
      explainAzureTableError({ name: "RestError", code: "ECONNREFUSED", message: "connect ECONNREFUSED" }),
    ).toBeNull();
  });
});

describe("Dataverse error.code / error.message", () => {
  it("names a missing column for 0x80060888", () => {
    const text = JSON.stringify({
      error: {
        code: "0x80060888",
        message: "A property named 'new_offer' wasn't found on type 'Microsoft.Dynamics.CRM.lead'.",
      },
    });
    expect(explainDynamicsError({ status: 400, text })).toEqual({
      code: "0x80060888",
      message: "A property named 'new_offer' wasn't found on type 'Microsoft.Dynamics.CRM.lead'.",
      advice: "Dataverse has no such column on the lead table: fix the field mapping.",
    });
  });

  it("reads service protection limits as temporary and privileges as permanent", () => {
    const limit = JSON.stringify({
      error: {
        code: "0x80072322",
        message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
      },
    });
    expect(explainDynamicsError({ status: 429, text: limit })).toMatchObject({ retryable: true });
    const denied = JSON.stringify({
      error: { code: "0x80040220", message: "Principal user is missing prvCreateLead privilege" },
    });
    expect(explainDynamicsError({ status: 403, text: denied })).toMatchObject({
      code: "0x80040220",
      advice: expect.stringMatching(/security role/),
    });
    expect(explainDynamicsError({ status: 403, text: denied }).retryable).toBeUndefined();
  });

  it("falls back to the body's first lines when it is not Dataverse's shape", () => {
    expect(
      explainDynamicsError({ status: 502, text: "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>" }),
    ).toMatchObject({
      code: null,
      message: "502 Bad Gateway · nginx",
    });
  });
});

describe("Marketo errors[] and result[].reasons[]", () => {
  it("says to add or unmap a field Marketo refused (1003)", () => {
    const error = explainMarketoError({ code: "1003", message: "Invalid value for field 'Country'" });
    expect(describeServiceError("Marketo", 200, error)).toBe(
      "Marketo refused the lead (HTTP 200, 1003): Invalid value for field 'Country'. Add the field 'Country' to Marketo's lead " +
        "fields (Admin → Field Management) with a matching type, or remove it from the mapping.",
    );
    expect(error.retryable).toBe(false);
  });

  it("explains 1004, 1006 and the token errors 601/602", () => {
    expect(explainMarketoError({ code: 1004, message: "Lead not found" })).toMatchObject({
      code: "1004",
      retryable: false,
      advice: expect.stringMatching(/no lead to update/),
    });
    expect(explainMarketoError({ code: "1006", message: "Field 'offer_id__c' not found" }).advice).toBe(
      "Marketo has no field 'offer_id__c': use its REST API name, or unmap it.",
    );
    for (const code of ["601", "602"])
      expect(explainMarketoError({ code, message: "Access token expired" })).toMatchObject({ retryable: true });
    expect(explainMarketoError(undefined)).toMatchObject({ code: null, message: "no message" });
  });
});

describe("OAuth token endpoints", () => {
  it("names the Entra setting to fix and drops the trace lines", () => {
    const text = JSON.stringify({
      error: "unauthorized_client",
      error_description:
        "AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.\r\nTrace ID: 1\r\nCorrelation ID: 2",
    });
    expect(explainOAuthError({ status: 400, text })).toEqual({
      code: "unauthorized_client",
      message: "AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.",
      advice:
        "No app with this client id exists in the directory: check the application (client) id and the tenant id.",
    });
  });

  it("reads Salesforce's invalid_grant, and is null for a body that is not OAuth's", () => {
    const text = JSON.stringify({ error: "invalid_grant", error_description: "no client credentials user enabled" });
    expect(explainOAuthError({ status: 400, text })?.advice).toMatch(/Run As user/);
    expect(explainOAuthError({ status: 500, text: "oops" })).toBeNull();
  });
});

describe("HTTPS endpoint: status and the first lines of the body", () => {
  it("takes a JSON message, else the first lines of text or HTML", () => {
    expect(
      plainError({ status: 422, text: JSON.stringify({ errors: [{ message: "email is invalid" }] }) }).message,
    ).toBe("email is invalid");
    expect(plainError({ status: 404, text: "Not Found\n\nThe requested URL was not found.\nMore\nlines" })).toEqual({
      code: null,
      message: "Not Found · The requested URL was not found. · More",
      advice: "Check the address in the destination settings.",
    });
    expect(plainError({ status: 400, text: "" }).message).toBe("no explanation in the answer");
    expect(firstLines("<p>a &amp; b</p><script>x()</script><p>c</p>")).toBe("a & b · c");
  });
});

describe("Salesforce Web-to-Lead refusal page", () => {
  it("reads the reason, and ignores the normal answer", () => {
    const error = explainWebToLeadPage(webToLeadErrorPage("Required fields are missing: [Industry__c]"));
    expect(error).toMatchObject({
      code: null,
      message: "Required fields are missing: [Industry__c]",
      retryable: false,
    });
    expect(error!.advice).toMatch(/^A required field or pick-list was left empty/);
    expect(
      explainWebToLeadPage('<html><head><meta http-equiv="Refresh" content="0; URL=https://x"></head></html>'),
    ).toBeNull();
  });
});
