// GET /api/metrics: the registry in Prometheus' text format, for a scraper
// holding METRICS_TOKEN (Authorization: Bearer <token>). Without the variable
// the endpoint does not exist (404); a missing or wrong token is a 401.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Env } from "@/lib/env";
import { registry } from "./registry";

const digest = (text: string) => createHash("sha256").update(text).digest();

function bearerMatches(header: string | null, token: string): boolean {
  const presented = header && /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  // Equal-length digests, so the comparison's time says nothing about the token.
  return Boolean(presented) && timingSafeEqual(digest(presented!), digest(token));
}

export async function metricsResponse(request: Request, env: Env = process.env): Promise<Response> {
  const token = env.METRICS_TOKEN?.trim();
  const headers = { "Cache-Control": "no-store" };
  if (!token) return Response.json({ error: "Not found." }, { status: 404, headers });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return Response.json(
      { error: "Send the METRICS_TOKEN as Authorization: Bearer <token>." },
      {
        status: 401,
        headers: { ...headers, "WWW-Authenticate": 'Bearer realm="metrics"' },
      },
    );
  }
  await import("./outbox-gauges"); // registers the database gauges, read at each scrape
  return new Response(await registry.metrics(), { headers: { ...headers, "Content-Type": registry.contentType } });
}
