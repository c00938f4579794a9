// Every user-configured outbound URL (CRM endpoints, login hosts) goes through
// here. Two layers:
//   1. assertPublicUrl: scheme check + resolve the host now and reject any
//      non-public address — gives the settings form and the delivery log a
//      clear message.
//   2. guardedLookup: used as the socket's DNS lookup, so the address actually
//      connected to is the one checked. A host that answers public first and
//      private second (DNS rebinding) is caught at connect time.
// Hosts listed in OUTBOUND_ALLOW_HOSTS skip the address checks (self-hosted CRMs).
import dns from "node:dns";
import type { LookupAddress, LookupAllOptions, LookupOptions } from "node:dns";
import { fieldIssue, type FieldIssue } from "@/lib/errors";
import { blockedAddressReason, isIpLiteral } from "@/lib/security/ip-address";
import { isAllowedHost } from "@/lib/security/outbound-allow-list";

export class OutboundBlockedError extends Error {
  override name = "OutboundBlockedError";
  readonly code = "OUTBOUND_BLOCKED";
  /** Set when an address was refused (not the URL's form): what was refused and why, for a translated message. */
  blocked?: { address: string; reason: string };
}

const allowHint = "Add the host to OUTBOUND_ALLOW_HOSTS to reach a CRM on a private network on purpose.";

function blocked(host: string, address: string, reason: string): OutboundBlockedError {
  const shown = host === address ? address : `${host} (${address})`;
  const error = new OutboundBlockedError(`Blocked outbound request to ${shown}: ${reason} address. ${allowHint}`);
  error.blocked = { address: shown, reason };
  return error;
}

/** A refused address as a settings form's field problem (an `errors` key, said in the reader's language). */
export function blockedIssue(field: string, error: OutboundBlockedError): FieldIssue {
  return error.blocked ? fieldIssue(field, "addressBlocked", error.blocked) : fieldIssue(field, "httpUrl");
}

export function defaultPort(protocol: string): number {
  return protocol === "https:" ? 443 : 80;
}

type Resolver = (host: string) => Promise<LookupAddress[]>;
const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Throws OutboundBlockedError unless `url` is http(s) and its host is allowed
 * or resolves only to public addresses. Returns the parsed URL.
 * (WHATWG URL parsing already turns `2130706433`, `0x7f.1`, `0177.0.0.1` into 127.0.0.1.)
 */
export async function assertPublicUrl(url: string | URL, resolve: Resolver = systemResolver): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OutboundBlockedError(`Not a valid URL: ${String(url)}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new OutboundBlockedError(`Only http and https URLs may be used (got ${parsed.protocol}).`);
  }
  if (parsed.username || parsed.password) {
    throw new OutboundBlockedError("URLs with a user name or password in them are not allowed.");
  }
  const port = parsed.port ? Number(parsed.port) : defaultPort(parsed.protocol);
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (isAllowedHost(host, port)) return parsed;
  const addresses = isIpLiteral(host) ? [host] : (await resolve(host)).map((a) => a.address);
  for (const address of addresses) {
    const reason = blockedAddressReason(address);
    if (reason) throw blocked(host, address, reason);
  }
  return parsed;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in for dns.lookup (net.connect's `lookup` option) that fails when any
 * resolved address is not public. Rejecting on *any* bad address (not just
 * filtering) keeps a mixed public/private answer from being a foothold.
 */
export function createGuardedLookup(lookup: typeof dns.lookup = dns.lookup) {
  return function guardedLookup(
    hostname: string,
    options: LookupOptions | LookupAllOptions | number | LookupCallback,
    callback?: LookupCallback,
  ): void {
    const cb = (typeof options === "function" ? options : callback) as LookupCallback;
    const opts: LookupOptions =
      typeof options === "object" ? options : typeof options === "number" ? { family: options } : {};
    lookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return cb(err, []);
      const list = addresses as LookupAddress[];
      for (const { address } of list) {
        const reason = blockedAddressReason(address);
        if (reason) return cb(blocked(hostname, address, reason), []);
      }
      if (opts.all) return cb(null, list);
      const first = list[0];
      if (!first) return cb(Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }), []);
      cb(null, first.address, first.family);
    });
  };
}

export const guardedLookup = createGuardedLookup();
