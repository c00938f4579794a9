// Never-seen filter combinations, as a person exploring the list makes them:
// one to four of source, action, stage, status, offer, owner, date window and
// a text term, sometimes with a sort. Seeded, so a run can be repeated; each
// combination is requested once, on a server that has not seen it, so its
// facet counts are computed on first sight. With `wide` (--cold-wide), also
// the list's other filters (the response clock, failing deliveries, the
// switches) and the sort's direction: not the measure, which stays
// comparable from round to round, but where a filter no index answered shows
// (docs/performance.md, twenty-ninth round).
import { demoOffers } from "@/lib/demo/demo-leads";
import { seededRandom, type Random } from "@/lib/demo/random";
import { funnelStages } from "@/lib/leads/lead";
import { sortKeys } from "@/lib/leads/list-url";
import { slaStates } from "@/lib/leads/response-clock";
import { leadStatuses } from "@/lib/leads/statuses";

const sources = ["AzureMarketplace", "AppSource", "AzurePortal", "TestDrive"];
const actions = ["INS", "PLT", "DNC", "Create", "StartTestDrive", "Wishlist"];
// Fragments of demo names, companies and e-mails (search text is lower-cased and accent-free).
const terms = [
  "smith",
  "garc",
  "muller",
  "rossi",
  "patel",
  "chen",
  "silva",
  "olivia",
  "contoso",
  "fabrikam",
  "north",
  "trey",
  "litware",
  "woodgrove",
  "coho",
  "cto",
  "architect",
  "liam.",
  "emma.patel",
  "noah.chen.1",
  "nunez",
  "obrien",
  "van der",
  "yuki",
  "kwame",
];

const dimensions: Array<(pick: Random["pick"]) => [string, string]> = [
  (pick) => ["source", pick(sources)],
  (pick) => ["action", pick(actions)],
  (pick) => ["stage", pick(funnelStages)],
  (pick) => ["status", pick(leadStatuses)],
  (pick) => ["offer", pick(demoOffers).id],
  (pick) => ["owner", pick(["unassigned", "me"])],
  (pick) => ["range", pick(["today", "7d", "30d"])],
  (pick) => ["q", pick(terms)],
];

const wideDimensions: Array<(pick: Random["pick"]) => [string, string]> = [
  ...dimensions,
  (pick) => ["sla", pick(slaStates)],
  () => ["delivery", "failing"],
  (pick) => [pick(["dnc", "collapse", "test"]), "1"],
];

/** `count` distinct list paths, e.g. `/leads?source=AppSource&status=NEW&sort=name`. */
export function coldFilterViews(count: number, seed: number, wide = false): string[] {
  const random = seededRandom(seed);
  const pick = random.pick;
  const views = new Set<string>();
  for (let tries = 0; views.size < count && tries < count * 100; tries++) {
    const params = new Map<string, string>();
    const wanted = 1 + random.int(4);
    while (params.size < wanted) {
      const [key, value] = pick(wide ? wideDimensions : dimensions)(pick);
      params.set(key, value);
    }
    if (random.chance(0.3)) {
      params.set("sort", pick(sortKeys.filter((k) => k !== "received")));
      if (wide && random.chance(0.3)) params.set("dir", pick(["asc", "desc"]));
    }
    views.add(`/leads?${new URLSearchParams([...params].sort()).toString()}`);
  }
  return [...views];
}
