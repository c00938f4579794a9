// Microsoft Entra ID token endpoint + Dataverse Web API `leads`, on one host
// (point both loginUrl and instanceUrl at it).
import { randomUUID } from "node:crypto";
import { startFakeServer, type FakeServer } from "./fake-server";

export interface FakeDynamics extends FakeServer {
  tokenRequests(): ReturnType<FakeServer["received"]>;
  leadRequests(): ReturnType<FakeServer["received"]>;
  /** Make every token issued so far invalid (Dataverse answers 401), as when a token expires early. */
  revokeTokens(): void;
  clientSecret: string;
}

export async function startFakeDynamics(
  options: { clientId?: string; clientSecret?: string; expiresIn?: number } = {},
): Promise<FakeDynamics> {
  const clientId = options.clientId ?? "app-id";
  const clientSecret = options.clientSecret ?? "dyn-secret-Qw3rty!&=";
  const valid = new Set<string>();
  let issued = 0;
  const server = await startFakeServer((req) => {
    if (req.method === "POST" && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(req.path)) {
      const f = req.form;
      if (f.grant_type !== "client_credentials" || f.client_id !== clientId || f.client_secret !== clientSecret) {
        return {
          status: 401,
          body: { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." },
        };
      }
      const token = `entra-token-${++issued}-${randomUUID()}`;
      valid.add(token);
      return {
        status: 200,
        body: {
          token_type: "Bearer",
          expires_in: options.expiresIn ?? 3599,
          ext_expires_in: 3599,
          access_token: token,
        },
      };
    }
    if (req.method === "POST" && req.path === "/api/data/v9.2/leads") {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!token || !valid.has(token))
        return { status: 401, body: { error: { code: "0x80072030", message: "Invalid or expired token" } } };
      const id = randomUUID();
      return { status: 204, headers: { "OData-EntityId": `${server.url}/api/data/v9.2/leads(${id})` } };
    }
    return null;
  });
  return {
    ...server,
    clientSecret,
    tokenRequests: () => server.received("/").filter((r) => r.path.endsWith("/oauth2/v2.0/token")),
    leadRequests: () => server.received("/api/data/v9.2/leads"),
    revokeTokens: () => valid.clear(),
  };
}
