import { describe, expect, it } from "vitest";
import { funnelStage } from "@/lib/ingest/funnel-stage";

describe("funnelStage", () => {
  it.each([
    ["StartTestDrive", "TRIAL"],
    ["INS", "INITIAL_INTEREST"],
    ["Create", "ACTIVE"],
    ["PLT", "ACTIVE"],
    ["DNC", "DO_NOT_CONTACT"],
  ] as const)("%s → %s", (action, stage) => {
    expect(funnelStage(action).stage).toBe(stage);
  });

  it("accepts any casing", () => {
    expect(funnelStage("starttestdrive").stage).toBe("TRIAL");
    expect(funnelStage("ins").stage).toBe("INITIAL_INTEREST");
    expect(funnelStage("CREATE").stage).toBe("ACTIVE");
    expect(funnelStage("dnc").stage).toBe("DO_NOT_CONTACT");
  });

  it("marks only DNC as do-not-contact", () => {
    expect(funnelStage("DNC").doNotContact).toBe(true);
    for (const action of ["StartTestDrive", "INS", "Create", "PLT", "Subscribe", null]) {
      expect(funnelStage(action).doNotContact).toBe(false);
    }
  });

  it("gives UNKNOWN for unknown or missing codes", () => {
    expect(funnelStage("Subscribe")).toEqual({ stage: "UNKNOWN", doNotContact: false });
    expect(funnelStage("MSFT_TEST_636573304831318844").stage).toBe("UNKNOWN");
    expect(funnelStage(null).stage).toBe("UNKNOWN");
    expect(funnelStage("").stage).toBe("UNKNOWN");
  });
});
