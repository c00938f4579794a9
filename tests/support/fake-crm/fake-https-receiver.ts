// A generic webhook receiver that checks X-LeadDesk-Signature with the
// library's own verifySignature (as a publisher's receiver would) and answers
// 401 when it does not match.
import { verifySignature } from "@/lib/destinations/https-signature";
import { startFakeServer, type FakeServer, type ReceivedRequest } from "./fake-server";

export interface FakeHttpsReceiver extends FakeServer {
  /** Requests whose signature verified. */
  verified: ReceivedRequest[];
}

export async function startFakeHttpsReceiver(options: { signingSecret?: string } = {}): Promise<FakeHttpsReceiver> {
  const verified: ReceivedRequest[] = [];
  const server = await startFakeServer((req) => {
    if (req.method !== "POST") return null;
    if (options.signingSecret) {
      const h = req.headers;
      const ok = verifySignature(
        options.signingSecret,
        String(h["x-leaddesk-timestamp"]),
        req.body,
        h["x-leaddesk-signature"] as string | undefined,
      );
      if (!ok) return { status: 401, body: { error: "bad signature" } };
      verified.push(req);
    }
    return { status: 202, body: { received: true } };
  });
  return { ...server, verified };
}
