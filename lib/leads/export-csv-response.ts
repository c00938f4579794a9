// GET /api/leads/export: the list's current filter as a streamed CSV file. The
// header row is in the viewer's language (their saved choice, else the browser's
// Accept-Language, as every page) unless ?headers=keys asks for machine names.
import type { SessionUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/negotiate";
import { csvHeader } from "./csv-header";
import { exportLeadsCsv } from "./export-leads-csv";
import type { LeadListParams } from "./list-params";

export interface ExportRequest {
  query: LeadListParams;
  user: Pick<SessionUser, "id" | "locale">;
  request: Request;
}

export async function exportCsvResponse({ query, user, request }: ExportRequest): Promise<Response> {
  const keys = new URL(request.url).searchParams.get("headers") === "keys";
  const header = await csvHeader(keys ? "keys" : resolveLocale(user.locale, request.headers.get("accept-language")));
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(exportLeadsCsv(query, user.id, { header }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leads-${stamp}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // The same address answers in another language for another reader.
      vary: "Accept-Language",
    },
  });
}
