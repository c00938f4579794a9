// CSV of the lead list's current filter: session-checked, streamed.
import { authorize, AuthError } from "@/lib/auth/session";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { parseLeadListParams } from "@/lib/leads/list-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  let userId: string;
  try {
    userId = (await authorize()).id;
  } catch (error) {
    if (error instanceof AuthError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const params = parseLeadListParams(new URL(request.url).searchParams);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(exportLeadsCsv(params, userId), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leads-${stamp}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
