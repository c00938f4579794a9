-- AlterTable
ALTER TABLE "webhook_keys" ADD COLUMN     "lastLeadAt" TIMESTAMP(3);

-- Keys that already took leads start from their last one, so the watchdog does not take them for silent.
UPDATE "webhook_keys" k SET "lastLeadAt" = (
  SELECT max(r."receivedAt") FROM "receipts" r
  WHERE r."webhookKeyId" = k.id AND r.outcome IN ('CREATED', 'DUPLICATE', 'RETRY')
);
