// Prisma 7 reads its settings here. The datasource URL is deliberately absent:
// lib/db picks PGlite or PostgreSQL at run time, and migrations run through
// scripts/db-migrate.ts, so the CLI is only used for `prisma generate`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
