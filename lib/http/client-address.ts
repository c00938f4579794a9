// The client's address for per-address limits (failed webhook keys, sign-in)
// and a receipt's "received from". It starts from the socket's address, which
// this app's server stamps on every request (peer-stamp.mjs); forwarding
// headers count only as far as TRUST_PROXY says (lib/config/trust-proxy.ts),
// read from the right, so a client cannot choose its address by sending
// X-Forwarded-For itself. X-Real-IP is never believed. Without a stamped
// socket address (a server started some other way) the answer is "unknown".
import { normalizeIp, trustProxy, type TrustProxy } from "@/lib/config/trust-proxy";
import type { Env } from "@/lib/env";
import { peerAddress, peerHeader } from "./peer-stamp.mjs";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

const family = (address: string): "ipv4" | "ipv6" | null =>
  /^\d+\.\d+\.\d+\.\d+$/.test(address) ? "ipv4" : address.includes(":") ? "ipv6" : null;

/** The client address given the socket's address, X-Forwarded-For as received, and what to trust. */
export function resolveClientAddress(socket: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const peer = normalizeIp(socket) ?? socket;
  if (trust.kind === "none") return peer;
  // Nearest first: the socket, then each proxy's entry from the right.
  const hops = [
    peer,
    ...(forwardedFor ?? "")
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean)
      .reverse(),
  ];
  const trusted = (address: string, index: number) => {
    if (trust.kind === "hops") return index < trust.hops;
    const kind = family(address);
    return kind !== null && trust.ranges.check(address, kind);
  };
  let i = 0;
  while (i + 1 < hops.length && trusted(hops[i]!, i)) {
    const next = normalizeIp(hops[i + 1]!);
    if (!next) break; // a trusted proxy passed on something that is not an address: the proxy is the client we know
    hops[i + 1] = next;
    i++;
  }
  return hops[i]!;
}

export function clientAddress(headers: HeaderSource, env: Env = process.env): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const socket = peerAddress(get(peerHeader));
  if (!socket) return "unknown";
  return resolveClientAddress(socket, get("x-forwarded-for"), trustProxy(env));
}
