-- CreateEnum
CREATE TYPE "ReceiptOutcome" AS ENUM ('PENDING', 'CREATED', 'DUPLICATE', 'RETRY', 'MALFORMED', 'TOO_LARGE', 'UNSUPPORTED_TYPE', 'REJECTED', 'ERROR');

-- CreateEnum
CREATE TYPE "FunnelStage" AS ENUM ('TRIAL', 'INITIAL_INTEREST', 'ACTIVE', 'DO_NOT_CONTACT', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'WON', 'LOST', 'DISQUALIFIED');

-- CreateEnum
CREATE TYPE "DestinationKind" AS ENUM ('DYNAMICS', 'SALESFORCE', 'MARKETO', 'AZURE_TABLE', 'HTTPS');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('PENDING', 'DELIVERED', 'DEAD', 'CANCELLED');

-- CreateTable
CREATE TABLE "webhook_keys" (
    "id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "webhook_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "receipts" (
    "id" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "webhookKeyId" UUID,
    "clientAddress" TEXT,
    "contentType" TEXT,
    "body" BYTEA NOT NULL,
    "bodySize" INTEGER NOT NULL,
    "truncated" BOOLEAN NOT NULL DEFAULT false,
    "bodyHash" TEXT NOT NULL,
    "outcome" "ReceiptOutcome" NOT NULL DEFAULT 'PENDING',
    "httpStatus" INTEGER,
    "error" TEXT,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "receipts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leads" (
    "id" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receiptId" UUID NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "country" TEXT,
    "company" TEXT,
    "title" TEXT,
    "leadSource" TEXT,
    "source" TEXT,
    "action" TEXT,
    "offerId" TEXT,
    "offerTitle" TEXT,
    "description" TEXT,
    "stage" "FunnelStage" NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "doNotContact" BOOLEAN NOT NULL DEFAULT false,
    "sourceCreatedAt" TIMESTAMP(3),
    "extra" JSONB,
    "customerKey" TEXT,
    "duplicateOfId" UUID,
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "ownerId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "destinations" (
    "id" UUID NOT NULL,
    "kind" "DestinationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "config" JSONB NOT NULL DEFAULT '{}',
    "secrets" TEXT,
    "sources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stages" "FunnelStage"[] DEFAULT ARRAY[]::"FunnelStage"[],
    "includeTest" BOOLEAN NOT NULL DEFAULT false,
    "includeDoNotContact" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "destinations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deliveries" (
    "id" UUID NOT NULL,
    "leadId" UUID NOT NULL,
    "destinationId" UUID NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_keys_keyHash_key" ON "webhook_keys"("keyHash");

-- CreateIndex
CREATE INDEX "receipts_outcome_receivedAt_idx" ON "receipts"("outcome", "receivedAt");

-- CreateIndex
CREATE INDEX "receipts_bodyHash_receivedAt_idx" ON "receipts"("bodyHash", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "leads_receiptId_key" ON "leads"("receiptId");

-- CreateIndex
CREATE INDEX "leads_receivedAt_idx" ON "leads"("receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_customerKey_offerId_action_receivedAt_idx" ON "leads"("customerKey", "offerId", "action", "receivedAt");

-- CreateIndex
CREATE INDEX "deliveries_state_nextAttemptAt_idx" ON "deliveries"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "deliveries_destinationId_state_idx" ON "deliveries"("destinationId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "deliveries_leadId_destinationId_key" ON "deliveries"("leadId", "destinationId");

-- AddForeignKey
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_webhookKeyId_fkey" FOREIGN KEY ("webhookKeyId") REFERENCES "webhook_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "receipts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "leads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "destinations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
