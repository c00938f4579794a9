// The only way destination adapters talk HTTP: a fetch whose connections are
// pinned to addresses the SSRF guard has checked, which never follows
// redirects (a 3xx comes back as a response — callers treat it as a failure,
// because an open redirect on a public host could otherwise bounce us inward).
import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import { Agent, buildConnector, fetch as undiciFetch } from "undici";
import { blockedAddressReason, isIpLiteral } from "@/lib/security/ip-address";
import { isAllowedHost } from "@/lib/security/outbound-allow-list";
import { assertPublicUrl, createGuardedLookup, defaultPort, OutboundBlockedError } from "@/lib/security/ssrf-guard";

export interface OutboundRequestInit {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** The slice of a fetch Response the adapters rely on (global fetch fits too). */
export interface OutboundResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type OutboundFetch = (url: string, init: OutboundRequestInit) => Promise<OutboundResponse>;

/** `lookup` is injectable so tests can play a rebinding DNS server. */
export function createGuardedFetch(lookup: typeof dns.lookup = dns.lookup): OutboundFetch {
  const direct = buildConnector({});
  const pinned = buildConnector({ lookup: createGuardedLookup(lookup) });
  // Decided per connection, so the allow-list and the address checks apply to
  // pooled keep-alive sockets exactly as to the first one.
  const dispatcher = new Agent({
    connect(options, callback) {
      const port = Number(options.port) || defaultPort(options.protocol);
      const host = options.hostname;
      if (isAllowedHost(host, port)) return direct(options, callback);
      if (isIpLiteral(host)) {
        // net.connect skips `lookup` for literal addresses, so check them here.
        const reason = blockedAddressReason(host);
        if (reason)
          return callback(new OutboundBlockedError(`Blocked outbound request to ${host}: ${reason} address.`), null);
        return direct(options, callback);
      }
      return pinned(options, callback);
    },
  });
  const resolve = (host: string) =>
    new Promise<LookupAddress[]>((ok, fail) =>
      lookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? fail(err) : ok(addresses))),
    );
  return async (url, init) => {
    // Checked up front for a clear message; checked again on connect for safety.
    await assertPublicUrl(url, resolve);
    return undiciFetch(url, { ...init, redirect: "manual", dispatcher });
  };
}

export const guardedFetch: OutboundFetch = createGuardedFetch();
