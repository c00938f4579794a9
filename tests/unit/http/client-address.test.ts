import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("clientAddress", () => {
  it("takes the entry the nearest proxy appended, not what the client claimed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["1.1.1.1", "198.51.100.2"] })).toBe("198.51.100.2");
  });

  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": " , ", "x-real-ip": " 192.0.2.4 " }))).toBe("192.0.2.4");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
