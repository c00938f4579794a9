import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";

// The marketplace can only be given a URL, so the key travels in the path.
// In production the app's listener answers both webhook paths itself, with the
// same handler (lib/ingest/webhook-direct-route.ts); these routes serve
// development, and any post that arrives before the server registered it.
// Not a guardedRoute: the caller is a webhook key, not a session (guardedRoute's
// session check would cost a database read per lead on the hottest path), and
// webhook-handler.ts maps every refusal to its status itself.
export async function POST(request: Request, context: { params: Promise<{ key: string }> }) {
  const { key } = await context.params;
  return handleMarketplaceWebhook(request, key);
}
