// The CSV export of a filtered view: every matching lead, newest first, read in
// keyset batches on demand (the stream pulls the next batch only when the
// client has taken the previous one), so memory stays flat for any size.
//
// The batches are read as plain SQL in one statement each, every cell already
// text (timestamps formatted by the database) and the lead's CRM records
// joined in, not through Prisma: its result mapping, and a findMany per batch
// for the records, were most of the time and of the memory growth
// (docs/performance.md, "CSV export").
import { z } from "zod";
import { getSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { crmRecords, crmRecordsCell, crmRecordsSql } from "./crm-record-links";
import { csvLine } from "./csv";
import { leadFilterSql } from "./lead-filter-sql";
import type { LeadFilter } from "./list-params";

// A batch's rows and text live across its awaits (its query, the client
// taking it): whatever a minor GC finds alive then is promoted, and old space
// only shrinks at the next full GC, so the heap grows with the batch size.
const BATCH = 500;

/** One row per lead, its cells in the header's order (csv-header.ts; the lead's CRM records last). */
const exportRow = z.object({
  receivedAt: z.string(),
  cells: z.array(z.union([z.string(), z.boolean(), z.null()])),
  id: z.string(),
  records: crmRecords,
});

// Timestamps are UTC in "timestamp(3) without time zone": formatted here as
// Date.toISOString() writes them, so no Date is made per row.
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const exportColumns = Prisma.raw(`${iso(`leads."receivedAt"`)} AS "receivedAt",
  json_build_array(leads."firstName", leads."lastName", leads.email, leads.phone, leads.company,
    leads.title, leads.country, leads.source, leads.action, leads."offerId", leads."offerTitle",
    leads.stage::text, leads.status::text, u.email, leads."isTest", leads."doNotContact",
    leads."duplicateOfId"::text) AS cells,
  leads.id::text AS id, ${crmRecordsSql} AS records`);

async function exportBatch(where: Prisma.Sql, after: { receivedAt: string; id: string } | null, size: number) {
  // (receivedAt, id) < cursor, written so the receivedAt index bounds the scan.
  const at = after && sqlTime(new Date(after.receivedAt));
  const page = after
    ? Prisma.sql`${where} AND leads."receivedAt" <= ${at}
        AND (leads."receivedAt" < ${at} OR leads.id < ${after.id}::uuid)`
    : where;
  const statement = Prisma.sql`SELECT ${exportColumns} FROM leads LEFT JOIN users u ON u.id = leads."ownerId"
    WHERE ${page} ORDER BY leads."receivedAt" DESC, leads.id DESC LIMIT ${size}`;
  const sql = await getSql();
  return parseRows(exportRow, await sql.query(statement.text, statement.values));
}

/** header: the first row, in the reader's language or as machine names (csvHeader). */
export function exportLeadsCsv(
  filter: LeadFilter,
  userId: string,
  { batchSize = BATCH, now = new Date(), header }: { batchSize?: number; now?: Date; header: string[] },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const where = leadFilterSql(filter, userId, { now });
  let cursor: { receivedAt: string; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark so Excel reads the file as UTF-8 (accents survive).
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      const rows = await exportBatch(where, cursor, batchSize);
      if (rows.length) {
        let text = "";
        // The instant is the database's ISO text, as csvCell writes a Date (unquoted).
        for (const row of rows)
          text += row.receivedAt + "," + csvLine([...row.cells, row.id, crmRecordsCell(row.records)]);
        controller.enqueue(encoder.encode(text));
        const last = rows[rows.length - 1]!;
        cursor = { receivedAt: last.receivedAt, id: last.id };
      }
      if (rows.length < batchSize) controller.close();
    },
  });
}
