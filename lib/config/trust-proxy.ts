// TRUST_PROXY: which forwarding headers to believe. Unset, the client's address
// is the socket's (a client's own X-Forwarded-For is ignored). A number n: the
// app sits behind n proxies, each appending the address it saw to
// X-Forwarded-For, so the client is the n-th entry from the right. A list of
// addresses or CIDR ranges (e.g. 10.0.0.0/8, ::1): entries from those
// proxies are skipped from the right, the first other one is the client.
import net from "node:net";
import type { Env } from "@/lib/env";

export type TrustProxy =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; ranges: net.BlockList; text: string };

const maxHops = 10;
const fix =
  "Set TRUST_PROXY to the number of proxies in front of Lead desk (for example 1), or to their addresses or " +
  "CIDR ranges (for example 10.0.0.0/8, 192.168.1.5), or leave it unset when clients connect directly.";

/** An IP address as plain text (IPv4-mapped IPv6 as IPv4, brackets and a port removed), or null. */
export function normalizeIp(value: string): string | null {
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return net.isIP(text) ? text.toLowerCase() : null;
}

export type ParsedTrustProxy = { ok: true; trust: TrustProxy } | { ok: false; problem: string };

export function parseTrustProxy(value: string | undefined): ParsedTrustProxy {
  const text = value?.trim() ?? "";
  if (!text || text === "0" || text.toLowerCase() === "false") return { ok: true, trust: { kind: "none" } };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > maxHops) {
      const problem = `TRUST_PROXY=${text} is more proxies than Lead desk accepts (at most ${maxHops}). ${fix}`;
      return { ok: false, problem };
    }
    return { ok: true, trust: { kind: "hops", hops } };
  }
  if (text.toLowerCase() === "true") {
    return { ok: false, problem: `TRUST_PROXY=true would believe any client's X-Forwarded-For. ${fix}` };
  }
  const ranges = new net.BlockList();
  for (const entry of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", prefix, extra] = entry.split("/");
    const ip = normalizeIp(address);
    const family = ip && net.isIPv4(ip) ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? (family === "ipv4" ? 32 : 128) : /^\d+$/.test(prefix) ? Number(prefix) : NaN;
    if (!ip || extra !== undefined || !(bits >= 0 && bits <= (family === "ipv4" ? 32 : 128))) {
      return { ok: false, problem: `TRUST_PROXY has "${entry}", which is not an IP address or CIDR range. ${fix}` };
    }
    ranges.addSubnet(ip, bits, family);
  }
  return { ok: true, trust: { kind: "ranges", ranges, text } };
}

/** For the start-time configuration check: one line per problem, each saying how to fix it. */
export function checkTrustProxy(env: Env): string[] {
  const parsed = parseTrustProxy(env.TRUST_PROXY);
  return parsed.ok ? [] : [parsed.problem];
}

let cached: { value: string | undefined; trust: TrustProxy } | undefined;
/** The process' TRUST_PROXY, parsed once; an invalid value trusts no proxy (the start-time check reports it). */
export function trustProxy(env: Env = process.env): TrustProxy {
  if (cached?.value !== env.TRUST_PROXY || !cached) {
    const parsed = parseTrustProxy(env.TRUST_PROXY);
    cached = { value: env.TRUST_PROXY, trust: parsed.ok ? parsed.trust : { kind: "none" } };
  }
  return cached.trust;
}
