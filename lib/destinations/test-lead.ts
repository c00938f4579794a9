// A lead shaped like the marketplace's own test lead: every text field is
// MSFT_TEST_<digits> (the digits are .NET ticks, as in Microsoft's), so CRMs
// and filters that already recognise marketplace test leads recognise ours.
import { randomUUID } from "node:crypto";
import type { LeadForDelivery } from "@/lib/leads/lead";

/** .NET ticks: 100 ns units since 0001-01-01. */
function ticks(now: Date): string {
  return (BigInt(now.getTime()) * 10_000n + 621_355_968_000_000_000n).toString();
}

export function buildTestLead(now: Date = new Date()): LeadForDelivery {
  const marker = `MSFT_TEST_${ticks(now)}`;
  return {
    id: `test-${randomUUID()}`,
    receivedAt: now,
    customer: {
      firstName: marker,
      lastName: marker,
      email: `${marker}@test.com`,
      phone: "1234567890",
      country: "US",
      company: marker,
      title: marker,
    },
    leadSource: `AzureMarketplace-INS|${marker}`,
    source: "AzureMarketplace",
    action: "INS",
    offerId: marker,
    offerTitle: marker,
    description: marker,
    stage: "INITIAL_INTEREST",
    isTest: true,
    doNotContact: false,
    sourceCreatedAt: null,
    extra: {},
  };
}
