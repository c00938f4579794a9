// Takes due alert messages for one worker, as the delivery outbox does
// (claim-deliveries.ts: FOR UPDATE SKIP LOCKED and a lease).
import { claimDueRows, type Claim, type ClaimOptions } from "@/lib/delivery/claim-deliveries";

export type AlertClaim = Claim;

export const claimDueAlerts = (options: ClaimOptions) => claimDueRows("alert_messages", options);
