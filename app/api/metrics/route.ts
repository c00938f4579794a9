import { metricsResponse } from "@/lib/metrics/metrics-response";

export const dynamic = "force-dynamic";

/**
 * Prometheus scrape endpoint; authorised by METRICS_TOKEN, not by a session
 * (see metrics-response.ts), so not a guardedRoute.
 */
export async function GET(request: Request) {
  return metricsResponse(request);
}
