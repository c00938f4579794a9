import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { cachedLeadFacets } from "@/lib/leads/facet-cache";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import { applyChange } from "@/lib/leads/triage";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

const count = (facets: LeadFacets, key: keyof LeadFacets, value: string) =>
  facets[key].find((o) => o.value === value)?.count ?? 0;

describe("cached facet counts", () => {
  const offer = uniqueOffer();
  let me: SessionUser;
  let first: string;
  const t0 = Date.now();
  const at = (seconds: number) => new Date(t0 + seconds * 1000);
  const newCount = async (seconds: number) =>
    count(await cachedLeadFacets(params(`offer=${offer}`), me.id, at(seconds)), "status", "NEW");

  beforeAll(async () => {
    me = await seedUser();
    first = await seedLead({ offer, last: "First" });
  });

  it("serves the same counts for a few seconds, then the last counts while recounting, then the new ones", async () => {
    expect(await newCount(0)).toBe(1);
    await seedLead({ offer, last: "Second" });
    // Fresh: the new lead is not counted yet.
    expect(await newCount(5)).toBe(1);
    // Stale: answered at once with the last counts; a recount starts behind it.
    expect(await newCount(15)).toBe(1);
    await vi.waitFor(async () => expect(await newCount(16)).toBe(2), { timeout: 20_000, interval: 50 });
  });

  it("recounts and waits when the counts are too old to show", async () => {
    await seedLead({ offer, last: "Third" });
    expect(await newCount(16)).toBe(2);
    expect(await newCount(1000)).toBe(3);
  });

  it("shows a triage change made in this process at once", async () => {
    expect(await newCount(1001)).toBe(3);
    await applyChange([first], { kind: "status", status: "CONTACTED" }, me);
    const facets = await cachedLeadFacets(params(`offer=${offer}`), me.id, at(1002));
    expect(count(facets, "status", "NEW")).toBe(2);
    expect(count(facets, "status", "CONTACTED")).toBe(1);
  });
});
