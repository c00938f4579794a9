import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { checkTrustProxy, parseTrustProxy, type TrustProxy } from "@/lib/config/trust-proxy";
import { clientAddress, resolveClientAddress } from "@/lib/http/client-address";
import { peerHeader, stampPeer } from "@/lib/http/peer-stamp.mjs";

const trust = (value: string): TrustProxy => {
  const parsed = parseTrustProxy(value);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.trust;
};

/** Headers as the app's server hands them on: the socket's address stamped, plus what the client sent. */
function stamped(socket: string, sent: Record<string, string> = {}): Headers {
  const req = { headers: { ...sent } as Record<string, string>, socket: { remoteAddress: socket } };
  stampPeer(req as unknown as IncomingMessage);
  return new Headers(req.headers);
}

describe("clientAddress", () => {
  it("is the socket's address unless TRUST_PROXY says otherwise, whatever forwarding headers the client sends", () => {
    const headers = stamped("198.51.100.7", { "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" });
    expect(clientAddress(headers, {})).toBe("198.51.100.7");
    expect(clientAddress(stamped("::ffff:198.51.100.8"), {})).toBe("198.51.100.8");
  });

  it("ignores a peer header the client made up, and answers unknown without a stamped one", () => {
    expect(clientAddress(new Headers({ [peerHeader]: "guess 203.0.113.5" }), {})).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }), { TRUST_PROXY: "1" })).toBe("unknown");
    expect(clientAddress(undefined, {})).toBe("unknown");
    // The server replaces whatever the client sent under the peer header's name.
    expect(clientAddress(stamped("198.51.100.9", { [peerHeader]: "forged 203.0.113.6" }), {})).toBe("198.51.100.9");
  });

  it("with n trusted hops, takes the n-th X-Forwarded-For entry from the right (what the outermost proxy saw)", () => {
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", trust("1"))).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", trust("2"))).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", undefined, trust("1"))).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7", trust("5"))).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "not-an-ip", trust("1"))).toBe("10.0.0.2");
  });

  it("with trusted ranges, skips those proxies from the right and stops at the first other address", () => {
    const ranges = trust("10.0.0.0/8, 2001:db8::/32, 192.168.1.5");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.7, 192.168.1.5", ranges)).toBe("203.0.113.7");
    expect(resolveClientAddress("2001:db8::1", "[2001:db8::2]:443, 198.51.100.3:5000", ranges)).toBe("198.51.100.3");
    // A direct client not in the ranges: its X-Forwarded-For counts for nothing.
    expect(resolveClientAddress("198.51.100.4", "10.0.0.9", ranges)).toBe("198.51.100.4");
  });
});

describe("TRUST_PROXY", () => {
  it("accepts nothing, a hop count or a list of addresses and ranges", () => {
    for (const ok of [
      undefined,
      "",
      "0",
      "false",
      "1",
      "3",
      "10.0.0.0/8",
      "10.0.0.1, ::1",
      "2001:db8::/32,192.168.0.0/16",
    ]) {
      expect(checkTrustProxy({ TRUST_PROXY: ok }), String(ok)).toEqual([]);
    }
  });

  it("names each mistake with how to fix it", () => {
    for (const bad of ["true", "11", "10.0.0.0/33", "proxy.internal", "10.0.0.1/8/2", "::1/129"]) {
      const problems = checkTrustProxy({ TRUST_PROXY: bad });
      expect(problems, bad).toHaveLength(1);
      expect(problems[0], bad).toMatch(/^TRUST_PROXY.*Set TRUST_PROXY to the number of proxies/);
    }
  });
});
