// The export's header row: in the reader's language for people opening the file
// in a spreadsheet, or (?headers=keys) stable snake_case names for programs that
// read it. The cells themselves are the same in both: marketplace values as
// sent, stage and status as their enum values (NEW, ACTIVE…), true/false, and
// instants in ISO 8601 UTC, so a sheet sorts and filters the same in any language.
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

type CsvKey = keyof Messages["csv"];

/** Machine name → message key, in the cells' order (export-leads-csv.ts). */
const columns: [string, CsvKey][] = [
  ["received_at", "receivedAt"],
  ["first_name", "firstName"],
  ["last_name", "lastName"],
  ["email", "email"],
  ["phone", "phone"],
  ["company", "company"],
  ["title", "title"],
  ["country", "country"],
  ["source", "source"],
  ["action", "action"],
  ["offer_id", "offerId"],
  ["offer", "offer"],
  ["stage", "stage"],
  ["status", "status"],
  ["owner", "owner"],
  ["test", "test"],
  ["do_not_contact", "doNotContact"],
  ["duplicate_of", "duplicateOf"],
  ["lead_id", "leadId"],
  ["crm_records", "crmRecords"],
];

export type CsvHeaderMode = Locale | "keys";

export async function csvHeader(mode: CsvHeaderMode): Promise<string[]> {
  if (mode === "keys") return columns.map(([name]) => name);
  const t = await translatorFor(mode);
  return columns.map(([, key]) => t(`csv.${key}`));
}
