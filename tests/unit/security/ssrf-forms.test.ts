// Every spelling of a non-public address the issue lists, through both layers
// of the SSRF guard: the up-front URL check (assertPublicUrl) and the
// connect-time check a real socket makes (guarded fetch: literal addresses in
// its connector, names through the guarded DNS lookup).
import type dns from "node:dns";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { recordFigures } from "@/tests/support/hardening-figures";
import { blockedAddressReason } from "@/lib/security/ip-address";
import { createGuardedFetch } from "@/lib/security/guarded-fetch";
import { assertPublicUrl, createGuardedLookup, OutboundBlockedError } from "@/lib/security/ssrf-guard";

beforeEach(() => {
  delete process.env.OUTBOUND_ALLOW_HOSTS;
});

const noDns = async () => {
  throw new Error("a literal address must not be looked up");
};

// [URL host as typed, what the guard must say]
const literalForms: [string, RegExp][] = [
  // IPv4 ranges, first and last addresses
  ["10.0.0.0", /private/],
  ["10.255.255.255", /private/],
  ["172.16.0.0", /private/],
  ["172.31.255.255", /private/],
  ["192.168.0.0", /private/],
  ["192.168.255.255", /private/],
  ["127.0.0.1", /loopback/],
  ["127.255.255.255", /loopback/],
  ["0.0.0.0", /"this" network/],
  ["0.255.255.255", /"this" network/],
  ["100.64.0.0", /carrier-grade NAT/],
  ["100.127.255.255", /carrier-grade NAT/],
  ["169.254.0.1", /link-local/],
  ["169.254.169.254", /link-local/],
  ["169.254.255.255", /link-local/],
  ["168.63.129.16", /Azure platform/],
  ["224.0.0.0", /multicast/],
  ["239.255.255.255", /multicast/],
  ["240.0.0.0", /reserved/],
  ["255.255.255.255", /reserved \/ broadcast/],
  // Other IPv4 spellings (WHATWG URL parsing normalises them to the dotted quad)
  ["2130706433", /loopback/],
  ["0177.0.0.1", /loopback/],
  ["0x7f.1", /loopback/],
  ["0x7f000001", /loopback/],
  ["0x7F.0.0.1", /loopback/],
  ["127.1", /loopback/],
  ["127.0.1", /loopback/],
  ["10.1", /private/],
  ["0", /"this" network/],
  ["2852039166", /link-local/],
  ["0xa9.0xfe.0xa9.0xfe", /link-local/],
  ["0251.0376.0251.0376", /link-local/],
  ["127.0.0.1.", /loopback/],
  // IPv6
  ["[::1]", /loopback/],
  ["[0:0:0:0:0:0:0:1]", /loopback/],
  ["[::]", /unspecified/],
  ["[fe80::1]", /link-local/],
  ["[febf:ffff::1]", /link-local/],
  ["[fc00::1]", /unique local/],
  ["[fdff:ffff::1]", /unique local/],
  ["[fd00:ec2::254]", /unique local/],
  ["[ff00::1]", /multicast/],
  ["[ff02::1]", /multicast/],
  ["[::ffff:127.0.0.1]", /IPv4-mapped loopback/],
  ["[::ffff:7f00:1]", /IPv4-mapped loopback/],
  ["[::FFFF:A9FE:A9FE]", /IPv4-mapped link-local/],
  ["[0:0:0:0:0:ffff:10.0.0.1]", /IPv4-mapped private/],
  ["[::ffff:0:7f00:1]", /IPv4-translated loopback/],
  ["[::127.0.0.1]", /IPv4-compatible loopback/],
  ["[::a9fe:a9fe]", /IPv4-compatible link-local/],
  ["[64:ff9b::10.0.0.1]", /NAT64 private/],
  ["[64:ff9b::a9fe:a9fe]", /NAT64 link-local/],
  ["[64:ff9b:1::c0a8:1]", /NAT64 private/],
  ["[2002:7f00:1::]", /6to4 loopback/],
  ["[2002:a9fe:a9fe::1]", /6to4 link-local/],
  ["[2002:c0a8:101::1]", /6to4 private/],
  ["[2001:0:4136:e378:8000:63bf:3fff:fdd2]", /Teredo/],
];

// Zone ids are not valid in URLs at all (WHATWG), in any escaping.
const unparsable = ["http://[fe80::1%25eth0]/", "http://[fe80::1%eth0]/", "http://[::1%251]/"];

// Names, with what a (possibly hostile) name server answers for them.
const nameForms: [string, string[], RegExp][] = [
  ["metadata.google.internal", ["169.254.169.254"], /link-local/],
  ["wireserver.example", ["168.63.129.16"], /Azure platform/],
  ["db.internal.example", ["10.20.30.40"], /private/],
  ["rebind.example", ["93.184.216.34", "127.0.0.1"], /loopback/], // one bad answer among good ones
  ["v6only.example", ["fd12::7"], /unique local/],
  ["mapped.example", ["::ffff:192.168.1.1"], /IPv4-mapped private/],
  ["nat64.example", ["64:ff9b::7f00:1"], /NAT64 loopback/],
];

const tried = { literal: 0, unparsable: 0, names: 0, connectTime: 0 };
afterAll(() => {
  recordFigures("ssrf-guard", {
    literalFormsBlocked: tried.literal,
    zoneIdUrlsRefused: tried.unparsable,
    hostileNamesBlocked: tried.names,
    connectTimeChecks: tried.connectTime,
  });
});

describe("every non-public address form is refused before any connection", () => {
  it.each(literalForms)("http://%s/", async (host, reason) => {
    const error = await assertPublicUrl(`http://${host}:8080/latest/meta-data/`, noDns).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundBlockedError);
    expect((error as Error).message).toMatch(reason);
    tried.literal++;
  });

  it.each(unparsable)("%s", async (url) => {
    await expect(assertPublicUrl(url, noDns)).rejects.toThrow(/Not a valid URL/);
    tried.unparsable++;
  });

  it.each(nameForms)("a name answering %s → %j", async (host, answers, reason) => {
    const resolver = async () => answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(assertPublicUrl(`https://${host}/`, resolver)).rejects.toThrow(reason);
    tried.names++;
  });

  it("localhost in any spelling, through the system resolver: refused, or not resolvable at all", async () => {
    for (const host of ["localhost", "LOCALHOST", "localhost.", "app.localhost"]) {
      const error = await assertPublicUrl(`http://${host}:3000/`).catch((e: unknown) => e);
      if (error instanceof OutboundBlockedError) expect(error.message).toMatch(/loopback/);
      else expect((error as NodeJS.ErrnoException).code, host).toBe("ENOTFOUND");
    }
    await expect(assertPublicUrl("http://localhost:3000/")).rejects.toThrow(/localhost \(127\.0\.0\.1\): loopback/);
  });
});

describe("the connection itself is vetted, whatever the up-front check saw", () => {
  // A name server that says "public" to the up-front check and then the hostile
  // answer to the socket's own lookup: only the connect-time check stands.
  it.each(nameForms)("%s at connect time", async (host, answers, reason) => {
    const replies = [
      [{ address: "93.184.216.34", family: 4 }],
      answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    ];
    const lookup = ((_h: string, _o: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) =>
      cb(null, replies.shift() ?? [])) as unknown as typeof dns.lookup;
    const error = await createGuardedFetch(lookup)(`http://${host}:8080/`, { method: "GET" }).catch((e: unknown) => e);
    expect(replies).toEqual([]);
    expect(String((error as { cause?: unknown }).cause ?? error)).toMatch(reason);
    tried.connectTime++;
  });

  it("the guarded lookup refuses each hostile answer, for single and all-address lookups", async () => {
    for (const [host, answers, reason] of nameForms) {
      const lookup = createGuardedLookup(((_h: string, _o: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) =>
        cb(
          null,
          answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
        )) as unknown as typeof dns.lookup);
      for (const all of [false, true]) {
        const err = await new Promise<Error | null>((resolve) => lookup(host, { all }, (e) => resolve(e)));
        expect(err?.message, host).toMatch(reason);
      }
    }
  });
});

describe("the neighbours of each range stay public", () => {
  it.each([
    "9.255.255.255",
    "11.0.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "192.167.255.255",
    "192.169.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "126.255.255.255",
    "128.0.0.0",
    "169.253.255.255",
    "169.255.0.0",
    "168.63.129.15",
    "168.63.129.17",
    "1.0.0.0",
    "223.255.255.255",
    "2606:4700::1111",
    "2001:4860:4860::8888",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "::ffff:8.8.8.8",
  ])("%s", (address) => expect(blockedAddressReason(address)).toBeNull());
});
