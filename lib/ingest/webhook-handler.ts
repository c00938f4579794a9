// POST /api/webhooks/marketplace[/<key>]: authenticate, then parse and store,
// the body kept as a receipt whatever happens. Every answer is JSON with a precise status; no body can
// produce a 500 (a database outage answers 503 so the sender may retry).
import { createRateLimiter } from "@/lib/http/rate-limiter";
import { clientAddress } from "@/lib/http/client-address";
import { authenticateWebhookKey } from "@/lib/webhook-keys/authenticate-key";
import { processNewReceipt } from "./process-receipt";
import { readBody } from "./read-body";
import { receiptRow } from "./record-receipt";

// Failed key checks per client address: enough for a misconfigured bridge to
// notice, too few to guess a 192-bit key (which is hopeless anyway).
const failedAuth = createRateLimiter({ limit: 20, windowMs: 60_000 });

const json = (status: number, body: Record<string, unknown>, headers?: HeadersInit) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

function presentedKey(request: Request, pathKey: string | undefined): string | null {
  if (pathKey) return pathKey;
  const auth = request.headers.get("authorization");
  const match = auth && /^Bearer\s+(\S+)$/i.exec(auth.trim());
  return match ? match[1]! : null;
}

export async function handleMarketplaceWebhook(request: Request, pathKey?: string): Promise<Response> {
  const address = clientAddress(request.headers);
  try {
    // The key first: a post with a valid key is never refused for other posts' failures (which anyone
    // could cause from an address they share or forge); only invalid keys meet the per-address limit.
    const key = await authenticateWebhookKey(presentedKey(request, pathKey));
    if (!key) {
      if (failedAuth.isLimited(address)) {
        const error = "Too many requests with an invalid key. Try again in a minute.";
        return json(429, { error }, { "Retry-After": "60" });
      }
      failedAuth.hit(address);
      return json(401, { error: "Unknown or revoked webhook key." });
    }

    const body = await readBody(request);
    const receipt = receiptRow({ body, contentType: request.headers.get("content-type"), clientAddress: address, webhookKeyId: key.id });
    const result = await processNewReceipt(receipt);
    if (!result.ok) return json(result.httpStatus, { error: result.message, receiptId: receipt.id });
    const { lead } = result;
    return json(result.httpStatus, {
      id: result.leadId,
      status: result.status,
      source: lead.source,
      action: lead.action,
      offer: lead.offerId,
      stage: lead.stage,
      test: lead.isTest,
      doNotContact: lead.doNotContact,
      duplicateOf: result.duplicateOf,
      owner: result.owner,
    });
  } catch (error) {
    console.error("Webhook failed:", error instanceof Error ? error.message : error);
    return json(503, { error: "Lead desk could not store this lead right now. Please retry." }, { "Retry-After": "30" });
  }
}
