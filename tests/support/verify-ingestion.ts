// After the ingestion runs (server stopped): every 2xx the webhook gave is a
// committed receipt with its outcome, every created or duplicate receipt has
// its lead, no receipt is left PENDING, and every lead the bench destination accepts has its outbox row.
import { disconnect, getSql } from "@/lib/db";

export interface IngestCheck {
  answered2xx: number;
  receipts: number;
  receiptsPending: number;
  receiptsStored: number;
  leads: number;
  leadsWithoutReceiptOutcome: number;
  leadsNeedingDelivery: number;
  leadsWithDelivery: number;
  consistent: boolean;
}

export async function verifyIngestion(webhookKeyId: string, answered2xx: number): Promise<IngestCheck> {
  const sql = await getSql();
  const [row] = await (sql.query(
    `SELECT count(*)::int AS receipts,
       count(*) FILTER (WHERE r.outcome = 'PENDING')::int AS "receiptsPending",
       count(*) FILTER (WHERE r.outcome IN ('CREATED', 'DUPLICATE', 'RETRY'))::int AS "receiptsStored",
       count(l.id)::int AS leads,
       count(l.id) FILTER (WHERE r.outcome NOT IN ('CREATED', 'DUPLICATE'))::int AS "leadsWithoutReceiptOutcome",
       count(l.id) FILTER (WHERE NOT l."isTest" AND NOT l."doNotContact")::int AS "leadsNeedingDelivery",
       count(l.id) FILTER (WHERE NOT l."isTest" AND NOT l."doNotContact" AND EXISTS (SELECT 1 FROM deliveries d WHERE d."leadId" = l.id))::int AS "leadsWithDelivery"
     FROM receipts r LEFT JOIN leads l ON l."receiptId" = r.id
     WHERE r."webhookKeyId" = $1`,
    [webhookKeyId],
  ) as Promise<Omit<IngestCheck, "answered2xx" | "consistent">[]>);
  await disconnect();
  const c = row!;
  return {
    answered2xx,
    ...c,
    // More stored than answered is fine: requests still in flight when a run ended were stored, their answers not counted.
    consistent:
      c.receiptsStored >= answered2xx &&
      c.receiptsPending === 0 &&
      c.leadsWithoutReceiptOutcome === 0 &&
      c.leadsWithDelivery === c.leadsNeedingDelivery,
  };
}
