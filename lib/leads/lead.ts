// The normalised lead every part of Lead desk speaks: ingestion produces it,
// the database stores it, destinations send it.
import { FunnelStage } from "@/lib/generated/prisma/enums";

/** The seven customer fields the marketplace may send; any may be missing. */
export interface CustomerInfo {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  country: string | null;
  company: string | null;
  title: string | null;
}

export const customerFields = ["firstName", "lastName", "email", "phone", "country", "company", "title"] as const;

export { FunnelStage };
/** The schema's enum, in its order (the funnel's). */
export const funnelStages = Object.values(FunnelStage);

/** What the parser makes of one received body. */
export interface ParsedLead {
  customer: CustomerInfo;
  /** The lead source string as received (e.g. "AzureMarketplace-INS|contoso.offer"). */
  leadSource: string | null;
  /** Normalised source: AzureMarketplace, AzurePortal, TestDrive, AppSource, or an unknown value verbatim. */
  source: string | null;
  /** Normalised action: INS, PLT, DNC, Create, StartTestDrive, or an unknown code verbatim. */
  action: string | null;
  /** publisherId.offerId */
  offerId: string | null;
  offerTitle: string | null;
  description: string | null;
  stage: FunnelStage;
  isTest: boolean;
  doNotContact: boolean;
  /** When the source says the lead was created (Azure Table shape); else null. */
  sourceCreatedAt: Date | null;
  /** Keys the parser did not map, kept verbatim. */
  extra: Record<string, unknown>;
}

/** A stored lead as destinations see it. */
export interface LeadForDelivery extends ParsedLead {
  id: string;
  receivedAt: Date;
  /** Triage state when sent (a replayed lead may have moved on), for field mappings. */
  status?: string | null;
  ownerEmail?: string | null;
}
