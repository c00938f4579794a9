// The database rule of lib/db/README.md, checked over the code: raw rows are
// parsed (no `$queryRaw<Type>`, no generic on a plain-SQL query), instants reach
// SQL one way (sql-time.ts), and plain SQL (getSql) stays on the named hot paths.
import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/tests/support/source-files";

const code = ["lib", "app", "scripts", "components"].flatMap(sourceFiles);
const matching = (pattern: RegExp, files = code) => files.filter((file) => pattern.test(readSource(file)));

describe("the database rule", () => {
  it("finds what it looks for (the scan itself works)", () => {
    expect(matching(/\$queryRaw`/)).toContain("lib/leads/list-leads.ts");
    expect(matching(/sqlTime\(/)).toContain("lib/delivery/claim-deliveries.ts");
  });

  it("asserts no raw row types: $queryRaw and plain-SQL queries are parsed instead", () => {
    expect(matching(/\$queryRaw</)).toEqual([]);
    expect(matching(/\b(?:sql\.)?query<\{/).filter((f) => !f.startsWith("lib/db/pglite"))).toEqual([]);
    expect(matching(/\$(?:query|execute)RawUnsafe/)).toEqual([]);
  });

  it("passes instants through sql-time.ts, not as text or Date objects", () => {
    expect(matching(/toISOString\(\)\}?::timestamp/)).toEqual([]);
    // A Date interpolated into a $queryRaw template or Prisma.sql fragment by a name that says it is one.
    const dateLike = /\$\{(?:[\w.]*\.)?(?:now|since|until|date|gte|lt|[a-z]+At)\}/;
    expect(matching(dateLike).filter((f) => /\$queryRaw|Prisma\.sql/.test(readSource(f)))).toEqual([]);
  });

  it("uses plain SQL (getSql) only on the hot paths the rule names", () => {
    const allowed = [
      "lib/auth/login-throttle.ts",
      "lib/ingest/record-receipt.ts",
      "lib/ingest/store-batcher.ts",
      "lib/ingest/store-lead.ts",
      "lib/leads/export-leads-csv.ts",
      "lib/metrics/outbox-gauges.ts",
      "lib/webhook-keys/authenticate-key.ts",
      "scripts/bench/prepare.ts",
    ];
    const users = matching(/\bgetSql\(/).filter((f) => !f.startsWith("lib/db/"));
    expect(users.sort()).toEqual(allowed);
  });
});
