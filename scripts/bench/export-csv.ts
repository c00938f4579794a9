// CSV export of about 100k rows through the real route: wall time to the last
// byte and the growth of the server process' resident memory while it streams.
import type { AppServer } from "@/tests/support/app-server";
import { spread, type Spread } from "./stats";

export interface ExportFigure {
  path: string;
  rows: number;
  bytes: number;
  seconds: Spread;
  /** Peak RSS during the export minus RSS just before it, MB. */
  growthMb: Spread;
  /** The first export, not in the spreads: its growth includes loading the route's code and sizing the heap. */
  first: { seconds: number; growthMb: number };
  peakMethod: string;
}

export async function benchExport(
  server: AppServer,
  cookie: string,
  path: string,
  runs: number,
  log: (s: string) => void,
): Promise<ExportFigure> {
  const seconds: number[] = [];
  const growth: number[] = [];
  let rows = 0;
  let bytes = 0;
  let method = "";
  // One more run than asked: the first warms the server up, as the list views' warm-ups do.
  for (let r = 0; r <= runs; r++) {
    if (globalThis.gc) globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = server.rssKb();
    const reset = server.resetPeak();
    method = reset ? "VmHWM after clear_refs, and VmRSS polled every 20 ms" : "VmRSS polled every 20 ms";
    let polled = before;
    const poll = setInterval(() => (polled = Math.max(polled, server.rssKb())), 20);
    const t = performance.now();
    const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
    if (res.status !== 200 || !res.body) throw new Error(`Export answered ${res.status}.`);
    let newlines = 0;
    bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++;
    }
    const ms = performance.now() - t;
    clearInterval(poll);
    const peak = Math.max(polled, server.rssKb(), reset ? server.peakKb() : 0);
    rows = newlines - 1; // the header line
    seconds.push(ms / 1000);
    growth.push((peak - before) / 1024);
    const size = `${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s`;
    const rss = `RSS ${(before / 1024).toFixed(0)} → peak ${(peak / 1024).toFixed(0)} MB`;
    log(`  export ${r ? `run ${r}` : "warm-up"}: ${rows.toLocaleString("en")} rows, ${size}, ${rss}`);
  }
  return {
    path,
    rows,
    bytes,
    seconds: spread(seconds.slice(1)),
    growthMb: spread(growth.slice(1)),
    first: { seconds: seconds[0]!, growthMb: growth[0]! },
    peakMethod: method,
  };
}
