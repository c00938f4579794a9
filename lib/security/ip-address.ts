// Classifies an IP address as public or not, so outbound requests to
// user-configured CRM URLs cannot reach this server's own network (SSRF).
// Addresses are compared as bytes: text spellings (hex, octal, IPv4-mapped
// IPv6, compressed forms) all collapse to the same bytes before the check.
import net from "node:net";

interface Range {
  bytes: number[];
  prefix: number;
  reason: string;
}

const v4 = (cidr: string, reason: string): Range => {
  const [addr, prefix] = cidr.split("/");
  return { bytes: parseIPv4(addr!)!, prefix: Number(prefix), reason };
};
const v6 = (cidr: string, reason: string): Range => {
  const [addr, prefix] = cidr.split("/");
  return { bytes: parseIPv6(addr!)!, prefix: Number(prefix), reason };
};

const blockedV4: Range[] = [
  v4("0.0.0.0/8", '"this" network'),
  v4("10.0.0.0/8", "private network"),
  v4("100.64.0.0/10", "carrier-grade NAT"),
  v4("127.0.0.0/8", "loopback"),
  v4("168.63.129.16/32", "Azure platform (wire server)"),
  v4("169.254.0.0/16", "link-local / cloud metadata"),
  v4("172.16.0.0/12", "private network"),
  v4("192.0.0.0/24", "IETF protocol assignments"),
  v4("192.0.2.0/24", "documentation"),
  v4("192.88.99.0/24", "6to4 relay"),
  v4("192.168.0.0/16", "private network"),
  v4("198.18.0.0/15", "benchmarking"),
  v4("198.51.100.0/24", "documentation"),
  v4("203.0.113.0/24", "documentation"),
  v4("224.0.0.0/4", "multicast"),
  v4("240.0.0.0/4", "reserved / broadcast"),
];

const blockedV6: Range[] = [
  v6("::/128", "unspecified"),
  v6("::1/128", "loopback"),
  v6("100::/64", "discard-only"),
  // Teredo hides an obfuscated IPv4 inside: no CRM needs it, so all of it is refused.
  v6("2001::/32", "Teredo tunnel"),
  v6("2001:db8::/32", "documentation"),
  v6("fc00::/7", "unique local (private) network"),
  v6("fe80::/10", "link-local"),
  v6("fec0::/10", "site-local"),
  v6("ff00::/8", "multicast"),
];

// IPv6 forms that carry an IPv4 address: the embedded address decides.
const embeddedV4: { range: Range; offset: number }[] = [
  { range: v6("::ffff:0:0/96", "IPv4-mapped"), offset: 12 },
  { range: v6("::ffff:0:0:0/96", "IPv4-translated"), offset: 12 },
  { range: v6("::/96", "IPv4-compatible"), offset: 12 },
  { range: v6("64:ff9b::/96", "NAT64"), offset: 12 },
  { range: v6("64:ff9b:1::/48", "local NAT64"), offset: 12 },
  { range: v6("2002::/16", "6to4"), offset: 2 },
];

/** Strict dotted-quad parser (URL parsing has already normalised other spellings). */
export function parseIPv4(text: string): number[] | null {
  if (!net.isIPv4(text)) return null;
  return text.split(".").map(Number);
}

/** IPv6 text (optionally bracketed, with zone id or trailing dotted quad) to 16 bytes. */
export function parseIPv6(text: string): number[] | null {
  const addr = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!net.isIPv6(addr)) return null;
  let head = addr;
  let tail4: number[] = [];
  const lastColon = addr.lastIndexOf(":");
  if (addr.slice(lastColon + 1).includes(".")) {
    tail4 = parseIPv4(addr.slice(lastColon + 1)) ?? [];
    head = addr.slice(0, lastColon + 1) + "0:0";
  }
  const [left, right] = head.includes("::") ? head.split("::") : [head, undefined];
  const groups = (s: string | undefined) => (s ? s.split(":").filter((g) => g !== "") : []);
  const l = groups(left);
  const r = groups(right);
  const fill = right === undefined ? [] : Array<string>(8 - l.length - r.length).fill("0");
  const all = [...l, ...fill, ...r];
  if (all.length !== 8) return null;
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  if (tail4.length === 4) bytes.splice(12, 4, ...tail4);
  return bytes;
}

function inRange(bytes: number[], range: Range): boolean {
  if (bytes.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (range.bytes[i]! & mask)) return false;
  }
  return true;
}

/**
 * Why an address must not be contacted, or null when it is public.
 * Text that is not an IP address at all is reported as such (never "public").
 */
export function blockedAddressReason(address: string): string | null {
  const b4 = parseIPv4(address);
  if (b4) return blockedV4.find((r) => inRange(b4, r))?.reason ?? null;
  const b6 = parseIPv6(address);
  if (!b6) return "not an IP address";
  for (const { range, offset } of embeddedV4) {
    if (!inRange(b6, range)) continue;
    // ::/96 also holds :: and ::1, which the IPv6 list names more precisely.
    const own = blockedV6.find((r) => inRange(b6, r));
    if (own) return own.reason;
    const inner = b6.slice(offset, offset + 4).join(".");
    const reason = blockedAddressReason(inner);
    return reason ? `${range.reason} ${reason}` : null;
  }
  return blockedV6.find((r) => inRange(b6, r))?.reason ?? null;
}

export function isIpLiteral(host: string): boolean {
  return net.isIP(host.replace(/^\[|\]$/g, "").replace(/%.*$/, "")) !== 0;
}
