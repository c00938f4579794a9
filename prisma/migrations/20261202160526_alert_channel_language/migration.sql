-- AlterTable
ALTER TABLE "alert_channels" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';
