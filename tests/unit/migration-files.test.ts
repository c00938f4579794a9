// The PostgreSQL driver adapter splits a migration script on ";" without
// reading comments, so a semicolon inside a comment breaks the migration on
// PostgreSQL while PGlite accepts it. Catch that before it ships.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve("prisma/migrations");

describe("migration files", () => {
  const migrations = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  it("exist", () => expect(migrations.length).toBeGreaterThan(0));
  for (const m of migrations) {
    it(`${m.name} has no semicolon inside a comment`, () => {
      const sql = fs.readFileSync(path.join(dir, m.name, "migration.sql"), "utf8");
      const offending = sql.split("\n").filter((line) => /--.*;/.test(line));
      expect(offending).toEqual([]);
    });
  }
});
