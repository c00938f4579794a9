// Time to first response per owner and per source, 7 and 30 days: a table
// whose inline bars (two rectangles each, no chart library needed) draw the
// 30-day median and 90th percentile on one scale.
import type { ResponseFigures, ResponseGroup } from "@/lib/leads/response-stats";
import { formatSpan } from "@/lib/leads/response-clock";

const W = 160;
const H = 14;

const span = (seconds: number | null) => (seconds === null ? "—" : formatSpan(seconds * 1000));
const share = (f: ResponseFigures) => (f.judged ? `${Math.round((100 * f.inTime) / f.judged)}%` : "—");

function Bars({ figures, max }: { figures: ResponseFigures; max: number }) {
  if (figures.medianSeconds === null) return null;
  const x = (s: number) => Math.max(1, (s / max) * W);
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`median ${span(figures.medianSeconds)}, 90th percentile ${span(figures.p90Seconds)}`}
    >
      <rect x={0} y={3} width={x(figures.p90Seconds ?? figures.medianSeconds)} height={8} className="fill-chart-1/30" />
      <rect x={0} y={3} width={x(figures.medianSeconds)} height={8} className="fill-chart-1" />
    </svg>
  );
}

function Section({ title, groups }: { title: string; groups: ResponseGroup[] }) {
  const max = Math.max(1, ...groups.map((g) => g.windows[30].p90Seconds ?? 0));
  return (
    <>
      <tr>
        <th colSpan={9} scope="colgroup" className="text-left">
          {title}
        </th>
      </tr>
      {groups.map((g) => (
        <tr key={`${g.dimension}-${g.key}`} data-testid={`response-${g.dimension}-${g.key}`}>
          <td>{g.key}</td>
          {([7, 30] as const).map((days) => {
            const f = g.windows[days];
            return [
              <td key={`${days}a`} className="num">{`${f.answered}/${f.leads}`}</td>,
              <td key={`${days}m`}>{span(f.medianSeconds)}</td>,
              <td key={`${days}p`}>{span(f.p90Seconds)}</td>,
              <td key={`${days}s`}>{share(f)}</td>,
            ];
          })}
          <td>
            <Bars figures={g.windows[30]} max={max} />
          </td>
        </tr>
      ))}
    </>
  );
}

export function ResponseTimes({ groups }: { groups: ResponseGroup[] }) {
  const of = (d: ResponseGroup["dimension"]) => groups.filter((g) => g.dimension === d);
  return (
    <figure className="panel m-0 mb-4 overflow-x-auto">
      <h2>Time to first response</h2>
      <p className="muted small">
        Answered / leads, median and 90th percentile from arrival to the first status change or note, and the share
        answered within the rule&apos;s target (of leads answered or past due). Bars: 30-day median, light to the 90th
        percentile.
      </p>
      <table data-testid="response-times">
        <thead>
          <tr>
            <th rowSpan={2}></th>
            <th colSpan={4}>Last 7 days</th>
            <th colSpan={4}>Last 30 days</th>
            <th rowSpan={2}>30 days</th>
          </tr>
          <tr>
            {[7, 30].flatMap((d) => [
              <th key={`${d}a`}>Answered</th>,
              <th key={`${d}m`}>Median</th>,
              <th key={`${d}p`}>90th pct.</th>,
              <th key={`${d}s`}>In time</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          <Section title="All" groups={of("all")} />
          <Section title="Per owner" groups={of("owner")} />
          <Section title="Per source" groups={of("source")} />
        </tbody>
      </table>
    </figure>
  );
}
