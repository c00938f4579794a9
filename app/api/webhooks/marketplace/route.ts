import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";

// For sources that can send a header: Authorization: Bearer <key>.
// Not a guardedRoute, for the reasons given in [key]/route.ts.
export async function POST(request: Request) {
  return handleMarketplaceWebhook(request);
}
