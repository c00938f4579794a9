// Node http(s) agents whose sockets resolve names through the SSRF guard, for
// SDKs that do their own HTTP (the Azure Tables SDK accepts a per-request agent).
// IP-literal hosts never reach `lookup`; callers check those with assertPublicUrl.
import http from "node:http";
import https from "node:https";
import { guardedLookup } from "@/lib/security/ssrf-guard";

const agents = {
  "http:": new http.Agent({ keepAlive: true, lookup: guardedLookup as unknown as http.AgentOptions["lookup"] }),
  "https:": new https.Agent({ keepAlive: true, lookup: guardedLookup as unknown as https.AgentOptions["lookup"] }),
};

export function guardedAgent(protocol: string): http.Agent {
  return protocol === "https:" ? agents["https:"] : agents["http:"];
}
