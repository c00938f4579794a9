// Marketo identity service + REST leads.json. Like Marketo, it answers 200
// for API-level failures and puts the truth in the body.
import { randomUUID } from "node:crypto";
import { startFakeServer, type FakeServer } from "./fake-server";

type LeadsReply = { error: { code: string; message: string } } | { skipped: { code: string; message: string } };

export interface FakeMarketo extends FakeServer {
  tokenRequests(): ReturnType<FakeServer["received"]>;
  leadRequests(): ReturnType<FakeServer["received"]>;
  /** Tokens issued so far are reported expired (602) from now on. */
  expireTokens(): void;
  /** The next leads.json call gets this API-level answer (HTTP 200). */
  nextLeadsReply(reply: LeadsReply): void;
  clientSecret: string;
}

export async function startFakeMarketo(
  options: { clientId?: string; clientSecret?: string } = {},
): Promise<FakeMarketo> {
  const clientId = options.clientId ?? "mkto-client";
  const clientSecret = options.clientSecret ?? "mkto-secret/+ 9";
  const valid = new Set<string>();
  const expired = new Set<string>();
  const queued: LeadsReply[] = [];
  let nextId = 1000;
  const server = await startFakeServer((req) => {
    if (req.method === "GET" && req.path === "/identity/oauth/token") {
      const q = req.query;
      if (q.grant_type !== "client_credentials" || q.client_id !== clientId || q.client_secret !== clientSecret) {
        return { status: 401, body: { error: "unauthorized", error_description: "Bad client credentials" } };
      }
      const token = `mkto-${randomUUID()}:ab`;
      valid.add(token);
      return {
        status: 200,
        body: { access_token: token, token_type: "bearer", expires_in: 3599, scope: "api@example.com" },
      };
    }
    if (req.method === "POST" && req.path === "/rest/v1/leads.json") {
      const requestId = randomUUID().slice(0, 8);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
      if (expired.has(token))
        return {
          status: 200,
          body: { requestId, success: false, errors: [{ code: "602", message: "Access token expired" }] },
        };
      if (!valid.has(token))
        return {
          status: 200,
          body: { requestId, success: false, errors: [{ code: "601", message: "Access token invalid" }] },
        };
      const reply = queued.shift();
      if (reply && "error" in reply) return { status: 200, body: { requestId, success: false, errors: [reply.error] } };
      if (reply && "skipped" in reply) {
        return {
          status: 200,
          body: { requestId, success: true, result: [{ status: "skipped", reasons: [reply.skipped] }] },
        };
      }
      return { status: 200, body: { requestId, success: true, result: [{ id: nextId++, status: "created" }] } };
    }
    return null;
  });
  return {
    ...server,
    clientSecret,
    tokenRequests: () => server.received("/identity/oauth/token"),
    leadRequests: () => server.received("/rest/v1/leads.json"),
    expireTokens() {
      for (const t of valid) expired.add(t);
      valid.clear();
    },
    nextLeadsReply: (reply) => void queued.push(reply),
  };
}
