import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";

// For sources that can send a header: Authorization: Bearer <key>.
export async function POST(request: Request) {
  return handleMarketplaceWebhook(request);
}
