// `npm run db:migration:new` compares the migrations folder with schema.prisma
// (lib/db/migrations.ts): on this repository they agree, so a migration
// authored next holds only its own change, not a rebuild of the indexes whose
// INCLUDE columns the schema cannot describe.
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { pendingSchemaSql, withoutMigrationDefinedIndexes } from "@/lib/db/migrations";
import { pgliteExtensions } from "@/lib/db/pglite-extensions.mjs";
import { PgliteMigrationAdapterFactory } from "@/lib/db/pglite-migration-adapter";

describe("the schema against the migrations", () => {
  it("finds nothing to write", { timeout: 120_000 }, async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    try {
      expect((await pendingSchemaSql(new PgliteMigrationAdapterFactory(client))).trim()).toBe("");
    } finally {
      await client.close();
    }
  });

  it("keeps every statement of a diff but those on an index the migrations define", () => {
    const diff = [
      '-- DropIndex\nDROP INDEX "leads_company_id_idx";',
      '-- AlterTable\nALTER TABLE "leads" ADD COLUMN "tag" TEXT;',
      '-- CreateIndex\nCREATE INDEX "leads_company_id_idx" ON "leads"("company", "id");',
      '-- CreateIndex\nCREATE INDEX "leads_tag_idx" ON "leads"("tag");',
    ].join("\n\n");
    expect(withoutMigrationDefinedIndexes(diff)).toBe(
      [
        '-- AlterTable\nALTER TABLE "leads" ADD COLUMN "tag" TEXT;',
        '-- CreateIndex\nCREATE INDEX "leads_tag_idx" ON "leads"("tag");',
      ].join("\n\n"),
    );
  });
});
