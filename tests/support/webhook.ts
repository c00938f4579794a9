// Posts to the real webhook handler (the function the route calls) with a
// real Request, and creates webhook keys, for the ingestion tests.
import type { IncomingMessage } from "node:http";
import { peerHeader, stampPeer } from "@/lib/http/peer-stamp.mjs";
import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";

let addressCounter = 0;
/** A distinct client address per test, so rate limits of one test don't touch another. */
export function uniqueAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter % 250}`;
}

export async function newKey(label = "test") {
  return createWebhookKey(label);
}

export interface PostOptions {
  contentType?: string | null;
  headers?: Record<string, string>;
  address?: string;
}

export async function post(key: string | undefined, body: string | Buffer | object, options: PostOptions = {}) {
  // Bytes, not a string: a string body would get a text/plain content type by default.
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
  const headers = new Headers(options.headers);
  const contentType = options.contentType === undefined ? "application/json" : options.contentType;
  if (contentType !== null) headers.set("content-type", contentType);
  // As the app's server does: the socket's address, stamped (a client's X-Forwarded-For would not count).
  const socket = { headers: {} as Record<string, string>, socket: { remoteAddress: options.address ?? "192.0.2.10" } };
  stampPeer(socket as unknown as IncomingMessage);
  headers.set(peerHeader, socket.headers[peerHeader]!);
  const request = new Request(`http://localhost/api/webhooks/marketplace${key ? `/${key}` : ""}`, {
    method: "POST",
    headers,
    body: new Uint8Array(payload),
  });
  const response = await handleMarketplaceWebhook(request, key);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
