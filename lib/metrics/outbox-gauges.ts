// The outbox as the database sees it, read when metrics are scraped (so every
// instance reports the same, whichever worker sends): pending deliveries, the
// age of the oldest one due, and dead letters.
import { z } from "zod";
import { getSql } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import { utcFromMs } from "@/lib/db/sql-time";
import { gauge } from "./registry";

async function readOutbox() {
  const sql = await getSql();
  const outboxRow = z.object({ pending: z.number(), dead: z.number(), oldest: z.number().nullable() });
  const rows = await sql.query(
    `SELECT count(*) FILTER (WHERE state = 'PENDING')::int AS pending,
            count(*) FILTER (WHERE state = 'DEAD')::int AS dead,
            extract(epoch FROM ${utcFromMs("$1")} - min("nextAttemptAt")
              FILTER (WHERE state = 'PENDING' AND "nextAttemptAt" <= ${utcFromMs("$1")}))::float8 AS oldest
       FROM deliveries
      -- Only the rows counted: through the (state, nextAttemptAt) index, not a pass over every
      -- delivered row on each scrape.
      WHERE state IN ('PENDING', 'DEAD')`,
    [Date.now()],
  );
  return parseRow(outboxRow, rows);
}

let reading: Promise<Awaited<ReturnType<typeof readOutbox>>> | null = null;
/** One query per scrape for the three gauges. */
function outbox() {
  reading ??= readOutbox().finally(() => setTimeout(() => (reading = null), 0));
  return reading;
}

gauge({
  name: "leaddesk_outbox_pending",
  help: "Deliveries waiting to be sent (due or backing off).",
  async collect() {
    this.set((await outbox()).pending);
  },
});
gauge({
  name: "leaddesk_outbox_oldest_due_seconds",
  help: "Age of the oldest delivery that is due and not yet sent (0 when none).",
  async collect() {
    this.set(Math.max(0, (await outbox()).oldest ?? 0));
  },
});
gauge({
  name: "leaddesk_dead_letters",
  help: "Deliveries that gave up after their last attempt.",
  async collect() {
    this.set((await outbox()).dead);
  },
});
