// CSV of the lead list's current filter: session-checked, streamed (lib/leads/export-csv-response.ts).
import { guardedRoute } from "@/lib/actions/guarded-route";
import { exportCsvResponse } from "@/lib/leads/export-csv-response";
import { leadListParamsSchema } from "@/lib/leads/list-params";

export const dynamic = "force-dynamic";

// The list's own schema: unknown or malformed values are dropped, as on the page.
export const GET = guardedRoute("ANY", leadListParamsSchema, exportCsvResponse);
