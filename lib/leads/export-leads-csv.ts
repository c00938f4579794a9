// The CSV export of a filtered view: every matching lead, newest first, read in
// keyset batches on demand (the stream pulls the next batch only when the
// client has taken the previous one), so memory stays flat for any size.
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { crmRecordLinks } from "./crm-record-links";
import { csvLine } from "./csv";
import { leadFilterSql } from "./lead-filter-sql";
import type { LeadFilter } from "./list-params";
import { findLeadRows } from "./lead-rows-sql";

const BATCH = 1000;

const header = ["Received", "First name", "Last name", "E-mail", "Phone", "Company", "Title", "Country", "Source", "Action", "Offer id", "Offer", "Stage", "Status", "Owner", "Test", "Do not contact", "Duplicate of", "Lead id", "CRM records"];

export function exportLeadsCsv(filter: LeadFilter, userId: string, { batchSize = BATCH, now = new Date() } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const where = leadFilterSql(filter, userId, { now });
  let cursor: { receivedAt: Date; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark so Excel reads the file as UTF-8 (accents survive).
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      // (receivedAt, id) < cursor, written so the receivedAt index bounds the scan.
      const at = cursor && sqlTime(cursor.receivedAt);
      const page = cursor
        ? Prisma.sql`${where} AND leads."receivedAt" <= ${at} AND (leads."receivedAt" < ${at} OR leads.id < ${cursor.id}::uuid)`
        : where;
      // The list's row query (owners joined), newest first.
      const rows = await findLeadRows(page, { sort: "received", dir: "desc", size: batchSize }, 0);
      if (rows.length) {
        const records = await crmRecordLinks(rows.map((l) => l.id));
        const text = rows
          .map((l) =>
            csvLine([l.receivedAt, l.firstName, l.lastName, l.email, l.phone, l.company, l.title, l.country, l.source, l.action, l.offerId, l.offerTitle, l.stage, l.status, l.owner?.email, l.isTest, l.doNotContact, l.duplicateOfId, l.id, records.get(l.id)]),
          )
          .join("");
        controller.enqueue(encoder.encode(text));
        const last = rows[rows.length - 1]!;
        cursor = { receivedAt: last.receivedAt, id: last.id };
      }
      if (rows.length < batchSize) controller.close();
    },
  });
}
