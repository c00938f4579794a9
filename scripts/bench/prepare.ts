// Everything the benchmark needs in the database before a server starts:
// migrations, the seed (when asked), a sign-in, a webhook key, an enabled
// destination (so ingestion writes outbox rows), and sample ids to open.
// Runs in the bench process and closes the database again (PGlite allows one process).
import { z } from "zod";
import { connect, disconnect, getDb, getSql } from "@/lib/db";
import { parseRow, parseRows } from "@/lib/db/rows";
import { migrate } from "@/lib/db/migrate";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { seedLeads, type SeedResult } from "@/lib/demo/seed-leads";

export const benchAdmin = { email: "bench-admin@leaddesk.local", password: "bench-password-1234" };
const ownerEmails = ["ana", "ben", "chloe", "dev", "eve"].map((n) => `${n}@bench.leaddesk.local`);

export interface Prepared {
  seed: (SeedResult & { analyzeMs: number; totalMs: number }) | null;
  leadCount: number;
  webhookKey: string;
  webhookKeyId: string;
  sampleLeadIds: string[];
  /** A from= day such that about `exportRows` of the newest leads match (for the export). */
  exportFrom: string | null;
  exportRows: number;
  serverVersion: string;
}

export async function prepareBenchDatabase(options: {
  seed: boolean;
  size: number;
  exportRows: number;
  log: (s: string) => void;
}): Promise<Prepared> {
  const { seed, size, exportRows, log } = options;
  const { config } = await connect();
  await migrate();
  const db = await getDb();
  const sql = await getSql();
  const ensureUser = async (email: string, role: "ADMIN" | "SALES", password?: string) =>
    (await db.user.findUnique({ where: { email } })) ??
    (await createUser({ email, role, name: email.split("@")[0]!, password })).user;
  const admin = await ensureUser(benchAdmin.email, "ADMIN", benchAdmin.password);
  const owners = [admin];
  for (const email of ownerEmails) owners.push(await ensureUser(email, "SALES"));
  // Seeded receipts and the ingestion runs' receipts carry different keys, so the
  // ingestion check counts only what the webhook stored.
  const key = await createWebhookKey("Benchmark");

  let seeded: Prepared["seed"] = null;
  if (seed) {
    log(`Seeding ${size.toLocaleString("en")} leads…`);
    let last = 0;
    const result = await seedLeads({
      sql,
      count: size,
      webhookKeyId: (await createWebhookKey("Benchmark seed")).id,
      ownerIds: owners.map((o) => o.id),
      onProgress: (done) => {
        if (done - last < 100_000 && done !== size) return;
        log(`  ${done.toLocaleString("en")} leads`);
        last = done;
      },
    });
    const t = performance.now();
    // Fresh statistics (and, on PostgreSQL, an up-to-date visibility map for index-only scans).
    await sql.query(config.kind === "postgres" ? "VACUUM (ANALYZE) leads" : "ANALYZE leads");
    await sql.query(config.kind === "postgres" ? "VACUUM (ANALYZE) receipts" : "ANALYZE receipts");
    const analyzeMs = performance.now() - t;
    seeded = { ...result, analyzeMs, totalMs: result.ms + analyzeMs };
  }

  // An enabled destination: every ingested lead also writes its outbox row, as in production.
  // The bench servers run with DELIVERY_WORKER=off, so nothing is sent.
  await sql.query(
    `INSERT INTO destinations (id, kind, name, config, "updatedAt")
     SELECT gen_random_uuid(), 'HTTPS', 'Bench CRM', '{"url":"https://crm.example.com/leads"}', now()
     WHERE NOT EXISTS (SELECT 1 FROM destinations WHERE name = 'Bench CRM')`,
  );
  const count = z.object({ n: z.number() });
  const n = parseRow(count, await sql.query(`SELECT count(*)::int AS n FROM leads`)).n;
  // Lead pages to open: spread over the whole table, duplicates and repeat customers included.
  const idRow = z.object({ id: z.string() });
  const samples = parseRows(idRow, await sql.query(`SELECT id::text FROM leads TABLESAMPLE SYSTEM (1) LIMIT 200`));
  const ids =
    samples.length >= 20
      ? samples
      : parseRows(idRow, await sql.query(`SELECT id::text FROM leads ORDER BY random() LIMIT 200`));
  // The export covers about exportRows rows (100k unless asked): all leads received since the day the
  // exportRows-th newest arrived, or every lead when there are fewer.
  const [edge] = parseRows(
    z.object({ day: z.string().nullable() }),
    await sql.query(
      `SELECT to_char("receivedAt", 'YYYY-MM-DD') AS day FROM leads WHERE NOT "isTest"
       ORDER BY "receivedAt" DESC OFFSET $1 LIMIT 1`,
      [exportRows - 1],
    ),
  );
  const exportFrom = edge?.day ?? null;
  const { rows } = parseRow(
    z.object({ rows: z.number() }),
    await sql.query(
      `SELECT count(*)::int AS rows FROM leads WHERE NOT "isTest" ${exportFrom ? `AND "receivedAt" >= $1::date` : ""}`,
      exportFrom ? [exportFrom] : [],
    ),
  );
  const { version } = parseRow(z.object({ version: z.string() }), await sql.query("SELECT version()"));
  await disconnect();
  return {
    seed: seeded,
    leadCount: n,
    webhookKey: key.key,
    webhookKeyId: key.id,
    sampleLeadIds: ids.map((r) => r.id),
    exportFrom,
    exportRows: rows,
    serverVersion: version,
  };
}
