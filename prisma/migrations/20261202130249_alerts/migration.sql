-- CreateEnum
CREATE TYPE "AlertChannelKind" AS ENUM ('EMAIL', 'SLACK', 'TEAMS');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('PENDING', 'SENT', 'DEAD', 'SKIPPED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "mailAssigned" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mailDueSoon" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mailMissed" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "webhook_keys" ADD COLUMN     "silenceDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "alert_channels" (
    "id" UUID NOT NULL,
    "kind" "AlertChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetHint" TEXT NOT NULL,
    "events" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "digestHour" INTEGER NOT NULL DEFAULT 8,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_messages" (
    "id" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "channelId" UUID,
    "userId" UUID,
    "content" JSONB NOT NULL,
    "state" "AlertState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_attempts" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "latencyMs" INTEGER NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,

    CONSTRAINT "alert_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "alert_messages_state_nextAttemptAt_idx" ON "alert_messages"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "alert_messages_createdAt_idx" ON "alert_messages"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "alert_messages_eventKey_recipient_key" ON "alert_messages"("eventKey", "recipient");

-- CreateIndex
CREATE INDEX "alert_attempts_messageId_startedAt_idx" ON "alert_attempts"("messageId", "startedAt");

-- CreateIndex
CREATE INDEX "lead_activities_kind_createdAt_idx" ON "lead_activities"("kind", "createdAt");

-- AddForeignKey
ALTER TABLE "alert_messages" ADD CONSTRAINT "alert_messages_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "alert_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_messages" ADD CONSTRAINT "alert_messages_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_attempts" ADD CONSTRAINT "alert_attempts_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "alert_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;
