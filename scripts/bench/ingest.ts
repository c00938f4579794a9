// Ingestion: sustained leads/s and p50/p99 latency of the webhook at several
// concurrencies, each beside a bare Next.js app's (a) do-nothing JSON route and
// (b) route committing one plain-SQL insert (bare-next-app.ts), and the app's
// own do-nothing route (what the app's server, routes and instrumentation cost). Every request
// carries a different realistic body (lib/demo); about one in ten repeats an
// earlier customer's funnel step, so duplicates are part of the mix.
import { bodySource, fire } from "@/tests/support/ingest-load";
import { spread, type Spread } from "./stats";

export interface Target {
  name: "noop" | "webhook" | "bare-noop" | "bare-insert";
  url: string;
}

export interface IngestFigure {
  target: Target["name"];
  concurrency: number;
  /** 2xx responses per second, per run. */
  throughput: Spread;
  p50: Spread;
  p99: Spread;
  ok: number;
  non2xx: number;
  errors: number;
}

export async function benchIngestion(
  targets: Target[],
  {
    concurrency,
    runs,
    duration,
    log,
  }: { concurrency: number[]; runs: number; duration: number; log: (s: string) => void },
): Promise<{ figures: IngestFigure[]; webhookOk: number }> {
  const nextBody = bodySource();
  let webhookOk = 0;
  // Warm every target up (JIT, connection pools, caches) before anything counts.
  for (const t of targets) {
    const warm = await fire(t.url, 16, 2, nextBody);
    if (t.name === "webhook") webhookOk += warm["2xx"];
  }
  const figures: IngestFigure[] = [];
  for (const c of concurrency) {
    const samples = new Map<Target["name"], Awaited<ReturnType<typeof fire>>[]>();
    // Interleaved, so a noisy neighbour hurts every target alike.
    for (let r = 0; r < runs; r++) {
      for (const t of targets) {
        const result = await fire(t.url, c, duration, nextBody);
        samples.set(t.name, [...(samples.get(t.name) ?? []), result]);
        if (t.name === "webhook") webhookOk += result["2xx"];
        const rate = `${(result["2xx"] / result.duration).toFixed(0)} ok/s`;
        const latency = `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`;
        const failures = result.non2xx || result.errors ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : "";
        log(`  c=${c} ${t.name.padEnd(11)} run ${r + 1}: ${rate}, ${latency}${failures}`);
      }
    }
    for (const t of targets) {
      const rs = samples.get(t.name)!;
      figures.push({
        target: t.name,
        concurrency: c,
        throughput: spread(rs.map((r) => r["2xx"] / r.duration)),
        p50: spread(rs.map((r) => r.latency.p50)),
        p99: spread(rs.map((r) => r.latency.p99)),
        ok: rs.reduce((s, r) => s + r["2xx"], 0),
        non2xx: rs.reduce((s, r) => s + r.non2xx, 0),
        errors: rs.reduce((s, r) => s + r.errors, 0),
      });
    }
  }
  return { figures, webhookOk };
}
