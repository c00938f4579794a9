import { describe, expect, it } from "vitest";
import { inAppWorkerEnabled, workerOptionsFromEnv } from "@/lib/delivery/worker-config";

describe("delivery worker settings", () => {
  it("runs in the app unless DELIVERY_WORKER turns it off", () => {
    expect(inAppWorkerEnabled({})).toBe(true);
    expect(inAppWorkerEnabled({ DELIVERY_WORKER: "on" })).toBe(true);
    for (const off of ["off", "OFF", "false", "0", "no", " off "])
      expect(inAppWorkerEnabled({ DELIVERY_WORKER: off })).toBe(false);
  });

  it("polls every 5 s unless DELIVERY_POLL_MS says otherwise; nonsense falls back", () => {
    expect(workerOptionsFromEnv({}).pollMs).toBe(5000);
    expect(workerOptionsFromEnv({ DELIVERY_POLL_MS: "250" }).pollMs).toBe(250);
    expect(workerOptionsFromEnv({ DELIVERY_POLL_MS: "-1" }).pollMs).toBe(5000);
    expect(workerOptionsFromEnv({ DELIVERY_POLL_MS: "soon" }).pollMs).toBe(5000);
    // The lease outlasts several 15 s requests of one send.
    expect(workerOptionsFromEnv({}).leaseMs).toBeGreaterThanOrEqual(60_000);
  });

  it("holds a claim for DELIVERY_LEASE_MS when given (at least a second); nonsense falls back", () => {
    const fallback = workerOptionsFromEnv({}).leaseMs;
    expect(workerOptionsFromEnv({ DELIVERY_LEASE_MS: "5000" }).leaseMs).toBe(5000);
    expect(workerOptionsFromEnv({ DELIVERY_LEASE_MS: "10" }).leaseMs).toBe(1000);
    expect(workerOptionsFromEnv({ DELIVERY_LEASE_MS: "0" }).leaseMs).toBe(fallback);
    expect(workerOptionsFromEnv({ DELIVERY_LEASE_MS: "long" }).leaseMs).toBe(fallback);
  });
});
