// Memory samples of a server under sustained load, and their trend.
export interface Sample {
  /** Minutes since the first sample. */
  minute: number;
  /** Resident memory of the server's process tree, bytes. */
  rss: number;
  /** V8 heap in use right after a full collection, bytes. */
  heap: number;
}

/**
 * The RSS high-water mark at each sample. Memory the allocator hands back to the
 * system and takes again later moves RSS down and up without any leak; a leak
 * keeps raising the peak.
 */
export function runningPeak(samples: Sample[]): Sample[] {
  let peak = 0;
  return samples.map((s) => ({ ...s, rss: (peak = Math.max(peak, s.rss)) }));
}

/** Least-squares slope of one measure over time, in MB per minute (0 for fewer than two samples). */
export function slopePerMinute(samples: Sample[], measure: "rss" | "heap"): number {
  if (samples.length < 2) return 0;
  const xs = samples.map((s) => s.minute);
  const ys = samples.map((s) => s[measure] / (1024 * 1024));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
