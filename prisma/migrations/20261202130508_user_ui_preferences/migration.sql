-- AlterTable
ALTER TABLE "users" ADD COLUMN     "listDensity" TEXT NOT NULL DEFAULT 'compact',
ADD COLUMN     "timeZone" TEXT;
