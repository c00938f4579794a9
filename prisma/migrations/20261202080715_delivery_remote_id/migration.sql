-- AlterTable
ALTER TABLE "deliveries" ADD COLUMN     "remoteId" TEXT;
