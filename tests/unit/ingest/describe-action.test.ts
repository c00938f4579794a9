import { describe, expect, it } from "vitest";
import { describeAction } from "@/lib/ingest/describe-action";

describe("describeAction", () => {
  it("describes PLT on AppSource", () => {
    expect(describeAction("AppSource", "PLT")).toBe("Contact me on AppSource — the customer asked to be contacted");
    expect(describeAction("SPZA", "plt")).toBe("Contact me on AppSource — the customer asked to be contacted");
    expect(describeAction(null, "PLT")).toBe("Contact me on AppSource — the customer asked to be contacted");
  });

  it("describes INS", () => {
    expect(describeAction("AzureMarketplace", "INS")).toBe(
      "Got it now — the customer acquired the offer (initial interest)",
    );
    expect(describeAction("AppSource", "ins")).toBe("Got it now — the customer acquired the offer (initial interest)");
  });

  it("describes Create in the Azure portal, and elsewhere", () => {
    expect(describeAction("AzurePortal", "Create")).toBe(
      "Purchased in the Azure portal — deploying into their subscription",
    );
    expect(describeAction(null, "create")).toBe("Purchased in the Azure portal — deploying into their subscription");
    expect(describeAction("AzureMarketplace", "Create")).toBe(
      "Purchased on Azure Marketplace — deploying into their subscription",
    );
  });

  it("describes StartTestDrive and DNC", () => {
    expect(describeAction("TestDrive", "StartTestDrive")).toBe("Started a test drive");
    expect(describeAction("AppSource", "DNC")).toBe("Do not contact — cross-listed partner lead, for information only");
  });

  it("names unknown codes as received", () => {
    expect(describeAction("AzureMarketplace", "Subscribe")).toBe("Unknown action code Subscribe (kept as received)");
    expect(describeAction(null, "<b>x</b>")).toBe("Unknown action code <b>x</b> (kept as received)");
  });

  it("says when no action code came", () => {
    expect(describeAction("AzureMarketplace", null)).toBe("No action code received");
  });
});
