// Where in the buying funnel an action puts the customer (see the funnel table
// in the marketplace lead reference).
import type { FunnelStage } from "@/lib/leads/lead";
import { normaliseAction } from "@/lib/ingest/lead-source";

export interface FunnelPosition {
  stage: FunnelStage;
  /** True only for DNC: the lead is information, the customer must not be contacted. */
  doNotContact: boolean;
}

const STAGE_BY_ACTION = new Map<string, FunnelStage>([
  ["StartTestDrive", "TRIAL"],
  ["INS", "INITIAL_INTEREST"],
  ["Create", "ACTIVE"],
  ["PLT", "ACTIVE"],
  ["DNC", "DO_NOT_CONTACT"],
]);

/** The funnel stage of an action code (any casing); unknown or missing codes give UNKNOWN. */
export function funnelStage(action: string | null | undefined): FunnelPosition {
  const code = normaliseAction(action);
  const stage = (code && STAGE_BY_ACTION.get(code)) || "UNKNOWN";
  return { stage, doNotContact: stage === "DO_NOT_CONTACT" };
}
