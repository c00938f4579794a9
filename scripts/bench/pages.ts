// Signed-in page timings: the full server response (every byte, streamed
// parts included) of a page, requested one at a time, p50 / p95 over samples.
import { percentile } from "./stats";

export { signIn } from "@/tests/support/sign-in";

export interface PageFigure {
  name: string;
  path: string;
  p50: number;
  p95: number;
  max: number;
  /** The first request of all (a warm-up, not in p50/p95): cold caches, e.g. the list's 10 s facet cache. */
  first: number;
  bytes: number;
  samples: number;
}

type PagePath = string | (() => string);

/**
 * Times several pages in turns (a, b, a, b …), so on a shared, noisy machine
 * each sees the same load — the list views are judged by their ratio to the
 * do-nothing page.
 */
export async function timePages(
  base: string,
  cookie: string,
  pages: { name: string; path: PagePath }[],
  samples: number,
  warmup = 3,
): Promise<PageFigure[]> {
  const figures = pages.map(() => ({ times: [] as number[], bytes: 0, first: NaN }));
  const at = (path: PagePath) => (typeof path === "function" ? path() : path);
  for (let i = 0; i < warmup + samples; i++) {
    for (const [k, page] of pages.entries()) {
      const target = at(page.path);
      const t = performance.now();
      // A path on `base`, or a whole URL (the bare Next.js baseline runs on a server of its own).
      const url = /^https?:\/\//.test(target) ? target : `${base}${target}`;
      const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
      const body = await res.arrayBuffer();
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`${target} answered ${res.status}.`);
      const figure = figures[k]!;
      if (i === 0) figure.first = ms;
      if (i >= warmup) {
        figure.times.push(ms);
        figure.bytes = body.byteLength;
      }
    }
  }
  return pages.map(({ name, path }, k) => {
    const { times, bytes, first } = figures[k]!;
    return { ...summarise(name, at(path), times), first, bytes };
  });
}

/** p50 / p95 / max of some request times, as one figure (the cold filters are one request per view). */
export function summarise(name: string, path: string, times: number[]): PageFigure {
  return {
    name,
    path,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    first: times[0] ?? NaN,
    bytes: 0,
    samples: times.length,
  };
}

export async function timePage(
  base: string,
  cookie: string,
  name: string,
  path: PagePath,
  samples: number,
): Promise<PageFigure> {
  return (await timePages(base, cookie, [{ name, path }], samples))[0]!;
}
