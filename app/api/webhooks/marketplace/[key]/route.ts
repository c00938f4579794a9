import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";

// The marketplace can only be given a URL, so the key travels in the path.
export async function POST(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  return handleMarketplaceWebhook(request, key);
}
