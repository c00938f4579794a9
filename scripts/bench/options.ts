// Command-line options of `npm run bench`.
import { parseArgs, UsageError } from "../lib/args";

export const allParts = ["seed", "ingest", "cold", "list", "detail", "browser", "export"] as const;
export type Part = (typeof allParts)[number];

/**
 * From here on a run is at the 10M scale: the report judges it by the 10M bounds, and the export part covers
 * 1M rows by default (ingestion runs add leads to a seeded size, so the report's count may differ a little).
 */
export const TEN_MILLION = 9_000_000;

export interface BenchOptions {
  db: "pglite" | "postgres";
  size: number;
  parts: Part[];
  /** Seconds per autocannon run. */
  duration: number;
  /** Repeats of every ingestion measurement (min / median / max over them). */
  runs: number;
  /** Requests per page view (p50 / p95 over them). */
  samples: number;
  /** Never-seen filter combinations the cold part requests, once each. */
  cold: number;
  /** Seed of those combinations: another seed, other combinations (the same seed, the same ones). */
  coldSeed: number;
  /** Combinations of every filter of the list, not only those of the measure (cold-filters.ts). */
  coldWide: boolean;
  /** Rows the export part's CSV covers (about: whole days, newest first); 1M at TEN_MILLION and up. */
  exportRows: number;
  concurrency: number[];
  port: number;
  /** Build the working tree (default) or the committed code (git HEAD) in a folder of its own. */
  source: "tree" | "head";
}

export const usage =
  "npm run bench -- [--db pglite|postgres] [--size 100k|1m|<n>] " +
  `[--parts seed,ingest,cold,list,detail,browser,export]
                 [--duration 5] [--runs 3] [--samples 100] [--cold 50] [--cold-seed 20261202] [--cold-wide]
                 [--concurrency 1,16,64] [--port 3210] [--source tree|head] [--export-rows 100k|1m]
  --db postgres uses the server DATABASE_URL points at and works in a database of its own,
  leaddesk_bench_<size> (seeding drops and recreates it); pglite uses a folder under the system's temp directory.
  The bench builds in a folder of its own, with its baseline routes (scripts/bench/app-routes) added;
  --source head builds the committed code instead of the working tree.
  --export-rows defaults to 1m at the 10M scale (--size 9m and up: the 10M target's 1M-row export), else 100k.
  --cold-wide draws the cold combinations from every filter of the list, switches and the response clock included.`;

function parseSize(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--size takes a number such as 100k or 1m, not "${raw}".`);
  const n = Number(m[1]) * ({ "": 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2]!.toLowerCase()]!;
  if (!Number.isInteger(n) || n < 1000 || n > 20_000_000) throw new UsageError("--size must be between 1k and 20m.");
  return n;
}

const positiveInt = (name: string, raw: string | true | undefined, fallback: number) => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a positive whole number.`);
  return n;
};

export function parseBenchOptions(argv: string[], env = process.env): BenchOptions {
  const args = parseArgs(argv, ["cold-wide"]);
  const db = (args.db ?? (env.DATABASE_URL ? "postgres" : "pglite")) as string;
  if (db !== "pglite" && db !== "postgres") throw new UsageError(`--db is pglite or postgres.\n${usage}`);
  if (db === "postgres" && !env.DATABASE_URL)
    throw new UsageError("--db postgres needs DATABASE_URL (a role that may create databases).");
  const parts =
    typeof args.parts === "string"
      ? args.parts
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [...allParts];
  for (const part of parts)
    if (!allParts.includes(part as Part)) throw new UsageError(`Unknown part "${part}".\n${usage}`);
  const concurrency =
    typeof args.concurrency === "string"
      ? args.concurrency.split(",").map((s) => positiveInt("concurrency", s, 1))
      : [1, 16, 64];
  const size = typeof args.size === "string" ? parseSize(args.size) : 100_000;
  return {
    db,
    size,
    parts: parts as Part[],
    duration: positiveInt("duration", args.duration, 5),
    runs: positiveInt("runs", args.runs, 3),
    samples: positiveInt("samples", args.samples, 100),
    cold: positiveInt("cold", args.cold, 50),
    coldSeed: positiveInt("cold-seed", args["cold-seed"], 20261202),
    coldWide: args["cold-wide"] === true,
    exportRows:
      typeof args["export-rows"] === "string"
        ? parseSize(args["export-rows"])
        : size >= TEN_MILLION
          ? 1_000_000
          : 100_000,
    concurrency,
    port: positiveInt("port", args.port, 3210),
    source: args.source === "head" ? "head" : "tree",
  };
}

export const sizeLabel = (n: number) =>
  n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n);
