// A realistic marketplace lead for destination tests.
import type { LeadForDelivery } from "@/lib/leads/lead";

export function sampleLead(overrides: Partial<LeadForDelivery> = {}): LeadForDelivery {
  return {
    id: "0b6f8a52-1c3e-4d9a-9f0e-2a7c5e1d4b33",
    receivedAt: new Date("2026-11-22T10:15:00Z"),
    customer: {
      firstName: "Zoë",
      lastName: "Müller",
      email: "zoe.mueller@contoso.com",
      phone: "16175555555",
      country: "USA",
      company: "Contoso",
      title: "CTO",
    },
    leadSource: "AzureMarketplace-INS|contoso.sample-offer",
    source: "AzureMarketplace",
    action: "INS",
    offerId: "contoso.sample-offer",
    offerTitle: "Contoso Sample Offer",
    description: "Campaigns: spring-launch",
    stage: "INITIAL_INTEREST",
    isTest: false,
    doNotContact: false,
    sourceCreatedAt: null,
    extra: {},
    ...overrides,
  };
}

export const noCustomer = {
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  country: null,
  company: null,
  title: null,
};
