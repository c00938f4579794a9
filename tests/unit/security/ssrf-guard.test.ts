import dns from "node:dns";
import net from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockedAddressReason } from "@/lib/security/ip-address";
import { assertPublicUrl, createGuardedLookup, guardedLookup, OutboundBlockedError } from "@/lib/security/ssrf-guard";

const publicResolver = async () => [{ address: "93.184.216.34", family: 4 }];

let savedAllow: string | undefined;
beforeEach(() => {
  savedAllow = process.env.OUTBOUND_ALLOW_HOSTS;
  delete process.env.OUTBOUND_ALLOW_HOSTS;
});
afterEach(() => {
  if (savedAllow === undefined) delete process.env.OUTBOUND_ALLOW_HOSTS;
  else process.env.OUTBOUND_ALLOW_HOSTS = savedAllow;
});

describe("assertPublicUrl blocks non-public targets in every spelling", () => {
  const blocked: [string, RegExp][] = [
    ["http://127.0.0.1/", /loopback/],
    ["http://127.255.255.254:8080/x", /loopback/],
    ["http://2130706433/", /loopback/], // decimal
    ["http://0x7f.1/", /loopback/], // hex + short form
    ["http://0x7f000001/", /loopback/],
    ["http://0177.0.0.1/", /loopback/], // octal
    ["http://017700000001/", /loopback/],
    ["http://127.1/", /loopback/],
    ["http://10.0.0.1/", /private/],
    ["http://10.255.255.255/", /private/],
    ["http://172.16.0.1/", /private/],
    ["http://172.31.255.255/", /private/],
    ["http://192.168.0.10/", /private/],
    ["http://100.64.0.1/", /carrier-grade NAT/],
    ["http://100.127.255.255/", /carrier-grade NAT/],
    ["http://169.254.169.254/latest/meta-data/", /link-local/],
    ["http://169.254.1.1/", /link-local/],
    ["http://0.0.0.0/", /"this" network/],
    ["http://0/", /"this" network/],
    ["http://224.0.0.1/", /multicast/],
    ["http://239.255.255.250/", /multicast/],
    ["http://255.255.255.255/", /broadcast/],
    ["http://[::1]/", /loopback/],
    ["http://[0:0:0:0:0:0:0:1]/", /loopback/],
    ["http://[::]/", /unspecified/],
    ["http://[fc00::1]/", /unique local/],
    ["http://[fd12:3456:789a::1]/", /unique local/],
    ["http://[fe80::1]/", /link-local/],
    ["http://[febf::1]/", /link-local/],
    ["http://[ff02::1]/", /multicast/],
    ["http://[::ffff:127.0.0.1]/", /IPv4-mapped loopback/],
    ["http://[::ffff:7f00:1]/", /IPv4-mapped loopback/],
    ["http://[::ffff:a9fe:a9fe]/", /IPv4-mapped link-local/], // 169.254.169.254
    ["http://[::ffff:10.0.0.1]/", /IPv4-mapped private/],
    ["http://[::127.0.0.1]/", /IPv4-compatible loopback/],
    ["http://[64:ff9b::a00:1]/", /NAT64 private/], // 10.0.0.1
    ["http://[2002:c0a8:101::1]/", /6to4 private/], // 192.168.1.1
  ];
  it.each(blocked)("%s", async (url, reason) => {
    const error = await assertPublicUrl(url, publicResolver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundBlockedError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain("OUTBOUND_ALLOW_HOSTS");
  });

  it("rejects other schemes and embedded credentials", async () => {
    for (const url of [
      "ftp://example.com/",
      "file:///etc/passwd",
      "gopher://example.com/",
      "javascript:alert(1)",
      "not a url",
    ]) {
      await expect(assertPublicUrl(url, publicResolver)).rejects.toBeInstanceOf(OutboundBlockedError);
    }
    await expect(assertPublicUrl("https://user:pw@example.com/", publicResolver)).rejects.toThrow(
      /user name or password/,
    );
  });

  it("resolves host names and rejects one that points inward", async () => {
    await expect(assertPublicUrl("http://localhost:3000/")).rejects.toThrow(/localhost \(127\.0\.0\.1\): loopback/);
    const resolver = async () => [{ address: "10.1.2.3", family: 4 }];
    await expect(assertPublicUrl("https://crm.example.com/", resolver)).rejects.toThrow(
      /crm\.example\.com \(10\.1\.2\.3\)/,
    );
  });

  it("rejects a name when any of its addresses is non-public", async () => {
    const mixed = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "fd00::5", family: 6 },
    ];
    await expect(assertPublicUrl("https://crm.example.com/", mixed)).rejects.toThrow(/unique local/);
  });
});

describe("assertPublicUrl lets public targets through", () => {
  it.each([
    "https://8.8.8.8/",
    "http://172.32.0.1/", // just above 172.16/12
    "http://172.15.255.255/", // just below
    "http://100.128.0.1/", // just above CGNAT
    "http://11.0.0.1/",
    "http://[2606:4700:4700::1111]/",
    "http://[::ffff:8.8.8.8]/",
    "https://crm.example.com/api",
  ])("%s", async (url) => {
    await expect(assertPublicUrl(url, publicResolver)).resolves.toBeInstanceOf(URL);
  });
});

describe("OUTBOUND_ALLOW_HOSTS", () => {
  it("allows a named host on any port, and only that host", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = " 127.0.0.1 , crm.internal";
    await expect(assertPublicUrl("http://127.0.0.1:4567/")).resolves.toBeInstanceOf(URL);
    await expect(
      assertPublicUrl("http://crm.internal/", async () => [{ address: "10.0.0.8", family: 4 }]),
    ).resolves.toBeInstanceOf(URL);
    // Allowing the IP does not allow a name that resolves to it, nor another loopback address.
    await expect(assertPublicUrl("http://localhost:4567/")).rejects.toBeInstanceOf(OutboundBlockedError);
    await expect(assertPublicUrl("http://127.0.0.2/")).rejects.toBeInstanceOf(OutboundBlockedError);
  });

  it("honours a port when one is given", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "localhost:8443,[::1]:9000";
    await expect(assertPublicUrl("https://localhost:8443/")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("https://localhost/")).rejects.toBeInstanceOf(OutboundBlockedError);
    await expect(assertPublicUrl("http://[::1]:9000/")).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://[::1]:9001/")).rejects.toBeInstanceOf(OutboundBlockedError);
  });
});

describe("guardedLookup pins the connection to checked addresses", () => {
  it("fails a socket connect to a name resolving to loopback (what DNS rebinding would exploit)", async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as net.AddressInfo;
    const error = await new Promise<Error | null>((resolve) => {
      const socket = net.connect({ host: "localhost", port, lookup: guardedLookup as never });
      socket.once("connect", () => (socket.destroy(), resolve(null)));
      socket.once("error", resolve);
    });
    server.close();
    expect(error).toBeInstanceOf(OutboundBlockedError);
  });

  it("checks every answer of each lookup, so a second, rebound answer is caught", async () => {
    const answers = [[{ address: "93.184.216.34", family: 4 }], [{ address: "169.254.169.254", family: 4 }]];
    const fakeLookup = ((_host: string, _opts: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) =>
      cb(null, answers.shift()!)) as unknown as typeof dns.lookup;
    const lookup = createGuardedLookup(fakeLookup);
    const call = (all: boolean) =>
      new Promise<{ err: Error | null; address: unknown; family?: number }>((resolve) =>
        lookup("rebind.example", { all }, (err, address, family) => resolve({ err, address, family })),
      );
    const first = await call(false);
    expect(first).toEqual({ err: null, address: "93.184.216.34", family: 4 });
    const second = await call(true);
    expect(second.err).toBeInstanceOf(OutboundBlockedError);
    expect(second.err?.message).toMatch(/169\.254\.169\.254.*link-local/);
  });
});

describe("blockedAddressReason", () => {
  it("never calls non-addresses public", () => {
    expect(blockedAddressReason("example.com")).toBe("not an IP address");
    expect(blockedAddressReason("1.2.3")).toBe("not an IP address");
  });
});
