// POST /api/webhooks/marketplace[/<key>]: authenticate, then parse and store,
// the body kept as a receipt whatever happens. Every answer is JSON with a precise status; no body can
// produce a 500 (a database outage answers 503 so the sender may retry).
// Each answer is counted (lib/metrics) and logged with a request id, which the
// answer carries as X-Request-Id; the body itself is never logged.
import { randomUUID } from "node:crypto";
import { createRateLimiter } from "@/lib/http/rate-limiter";
import { clientAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/log/logger";
import { leadsReceived, webhookAnswers, webhookDuration } from "@/lib/metrics/webhook-metrics";
import { authenticateWebhookKey } from "@/lib/webhook-keys/authenticate-key";
import { knownSourceOr } from "./lead-source";
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

/** What became of an authenticated body, for the metrics and the log. */
interface Received {
  source: string;
  outcome: string;
  leadId?: string;
}

export async function handleMarketplaceWebhook(request: Request, pathKey?: string): Promise<Response> {
  const started = performance.now();
  const requestId = randomUUID();
  const { response, received } = await answer(request, pathKey, requestId);
  const seconds = (performance.now() - started) / 1000;
  const status = String(response.status);
  webhookAnswers.inc({ status });
  webhookDuration.observe({ status }, seconds);
  if (received) leadsReceived.inc({ source: received.source, outcome: received.outcome });
  logger.info({ requestId, status: response.status, ...received, ms: Math.round(seconds * 1000) }, "webhook answered");
  response.headers.set("X-Request-Id", requestId);
  return response;
}

type Answer = { response: Response; received?: Received };

async function answer(request: Request, pathKey: string | undefined, requestId: string): Promise<Answer> {
  const address = clientAddress(request.headers);
  try {
    // The key first: a post with a valid key is never refused for other posts' failures (which anyone
    // could cause from an address they share or forge); only invalid keys meet the per-address limit.
    const key = await authenticateWebhookKey(presentedKey(request, pathKey));
    if (!key) {
      if (failedAuth.isLimited(address)) {
        const error = "Too many requests with an invalid key. Try again in a minute.";
        return { response: json(429, { error }, { "Retry-After": "60" }) };
      }
      failedAuth.hit(address);
      return { response: json(401, { error: "Unknown or revoked webhook key." }) };
    }

    const body = await readBody(request);
    const receipt = receiptRow({
      body,
      contentType: request.headers.get("content-type"),
      clientAddress: address,
      webhookKeyId: key.id,
    });
    const result = await processNewReceipt(receipt);
    if (!result.ok) {
      const received = { source: "unknown", outcome: refusalOutcome[result.httpStatus] };
      return { response: json(result.httpStatus, { error: result.message, receiptId: receipt.id }), received };
    }
    const { lead } = result;
    const received = { source: knownSourceOr(lead.source), outcome: result.status, leadId: result.leadId };
    const response = json(result.httpStatus, {
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
    return { response, received };
  } catch (error) {
    logger.error({ requestId, err: error }, "webhook could not store a body");
    const message = "Lead desk could not store this lead right now. Please retry.";
    const response = json(503, { error: message }, { "Retry-After": "30" });
    return { response, received: { source: "unknown", outcome: "unavailable" } };
  }
}

const refusalOutcome = { 400: "malformed", 413: "too_large", 415: "unsupported_type", 422: "no_lead" } as const;
