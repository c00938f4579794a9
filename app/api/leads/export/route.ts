// CSV of the lead list's current filter: session-checked, streamed.
import { guardedRoute } from "@/lib/actions/guarded-route";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { leadListParamsSchema } from "@/lib/leads/list-params";

export const dynamic = "force-dynamic";

// The list's own schema: unknown or malformed values are dropped, as on the page.
export const GET = guardedRoute("ANY", leadListParamsSchema, async ({ query: params, user }) => {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(exportLeadsCsv(params, user.id), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leads-${stamp}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
