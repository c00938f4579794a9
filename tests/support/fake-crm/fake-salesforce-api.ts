// Salesforce's OAuth 2.0 client credentials token endpoint and the REST API's
// sObject Lead create, on one host (the org's My Domain), answering with the
// documented shapes: a token without expires_in; 201 {id, success, errors};
// errors as [{message, errorCode, fields}] — INVALID_SESSION_ID (401),
// REQUIRED_FIELD_MISSING / INVALID_FIELD / DUPLICATES_DETECTED (400).
import { randomBytes, randomUUID } from "node:crypto";
import { startFakeServer, type FakeServer, type ReceivedRequest } from "./fake-server";

/** Lead fields this fake org has (standard ones plus one custom field). */
const leadFields = new Set([
  "FirstName",
  "LastName",
  "Email",
  "Phone",
  "Country",
  "Company",
  "Title",
  "LeadSource",
  "Description",
  "Status",
  "Industry",
  "Website",
  "City",
  "MobilePhone",
  "Offer_Id__c",
]);

export interface FakeSalesforceApi extends FakeServer {
  clientId: string;
  clientSecret: string;
  tokenRequests(): ReceivedRequest[];
  leadRequests(): ReceivedRequest[];
  /** Leads created, by id. */
  created: Map<string, Record<string, unknown>>;
  /** Tokens issued so far stop working (INVALID_SESSION_ID), as when a session times out. */
  revokeTokens(): void;
  /** A duplicate rule that blocks a lead whose Email matches an existing one. */
  blockDuplicates(on: boolean): void;
}

/** An 18-character Salesforce record id with the Lead key prefix. */
const leadId = () =>
  `00Q${randomBytes(12)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "A")
    .slice(0, 15)}`;

export async function startFakeSalesforceApi(
  options: { clientId?: string; clientSecret?: string } = {},
): Promise<FakeSalesforceApi> {
  const clientId = options.clientId ?? "3MVG9fake.consumer.key";
  const clientSecret = options.clientSecret ?? "sf-secret/+=9Zq";
  const valid = new Set<string>();
  const created = new Map<string, Record<string, unknown>>();
  let duplicates = false;
  const server = await startFakeServer((req) => {
    if (req.method === "POST" && req.path === "/services/oauth2/token") {
      const f = req.form;
      if (f.grant_type !== "client_credentials") {
        return {
          status: 400,
          body: { error: "unsupported_grant_type", error_description: "grant type not supported" },
        };
      }
      if (f.client_id !== clientId || f.client_secret !== clientSecret) {
        return { status: 400, body: { error: "invalid_client", error_description: "invalid client credentials" } };
      }
      const token = `00Dfake!${randomUUID()}`;
      valid.add(token);
      return {
        status: 200,
        body: {
          access_token: token,
          signature: randomBytes(32).toString("base64"),
          scope: "api",
          instance_url: server.url,
          id: `${server.url}/id/00Dxx0000001gEREAY/005xx000001Sv6dAAC`,
          token_type: "Bearer",
          issued_at: String(Date.now()),
        },
      };
    }
    const lead = /^\/services\/data\/v(\d+\.\d)\/sobjects\/Lead\/?$/.exec(req.path);
    if (req.method === "POST" && lead) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!token || !valid.has(token))
        return { status: 401, body: [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }] };
      const record = (req.json ?? {}) as Record<string, unknown>;
      const unknown = Object.keys(record).find((k) => !leadFields.has(k));
      if (unknown) {
        return {
          status: 400,
          body: [{ message: `No such column '${unknown}' on sobject of type Lead`, errorCode: "INVALID_FIELD" }],
        };
      }
      const missing = ["LastName", "Company"].filter((k) => typeof record[k] !== "string" || !record[k]);
      if (missing.length) {
        return {
          status: 400,
          body: [
            {
              message: `Required fields are missing: [${missing.join(", ")}]`,
              errorCode: "REQUIRED_FIELD_MISSING",
              fields: missing,
            },
          ],
        };
      }
      const match = duplicates ? [...created].find(([, r]) => r.Email && r.Email === record.Email) : undefined;
      if (match) {
        return {
          status: 400,
          body: [
            {
              duplicateResult: {
                allowSave: false,
                duplicateRule: "Standard_Lead_Duplicate_Rule",
                duplicateRuleEntityType: "Lead",
                errorMessage: "You're creating a duplicate record. We recommend you use an existing record instead.",
                matchResults: [
                  {
                    entityType: "Lead",
                    matchRecords: [{ record: { attributes: { type: "Lead" }, Id: match[0] } }],
                    success: true,
                  },
                ],
              },
              errorCode: "DUPLICATES_DETECTED",
              message: "You're creating a duplicate record. We recommend you use an existing record instead.",
            },
          ],
        };
      }
      const id = leadId();
      created.set(id, record);
      return { status: 201, body: { id, success: true, errors: [] } };
    }
    return null;
  });
  return {
    ...server,
    clientId,
    clientSecret,
    created,
    tokenRequests: () => server.received("/services/oauth2/token"),
    leadRequests: () => server.received("/services/data/"),
    revokeTokens: () => valid.clear(),
    blockDuplicates: (on) => void (duplicates = on),
  };
}
