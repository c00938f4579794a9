// Leads per day as stacked bars, hand-written SVG (server-rendered, no script).
import type { DayCount } from "@/lib/leads/overview-stats";

const palette = ["#0b5cad", "#1a7f37", "#9a6700", "#b42318", "#6e40c9", "#0a7f8f", "#5d6b7e", "#c2410c"];
const W = 720;
const H = 180;
const PAD = { top: 10, right: 8, bottom: 22, left: 32 };

interface Props {
  title: string;
  days: string[];
  counts: DayCount[];
  labels?: Record<string, string>;
}

export function StackedBarChart({ title, days, counts, labels = {} }: Props) {
  // Labelled keys keep their label order (stages in funnel order, same colour on every day).
  const order = Object.keys(labels);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set(counts.map((c) => c.key))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const color = (key: string) => palette[(order.includes(key) ? order.indexOf(key) : order.length + keys.indexOf(key)) % palette.length];
  const byDay = new Map(days.map((d) => [d, new Map<string, number>()]));
  for (const c of counts) byDay.get(c.day)?.set(c.key, c.count);
  const totals = days.map((d) => [...byDay.get(d)!.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / days.length;
  const barW = Math.max(2, slot * 0.7);
  const y = (n: number) => (n / max) * plotH;
  const total = totals.reduce((a, b) => a + b, 0);

  return (
    <figure className="chart panel">
      <h2>{title}</h2>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${total} leads over ${days.length} days`}>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#b9c2cd" />
        <text x={PAD.left - 6} y={PAD.top + 8} textAnchor="end" fontSize="10" fill="#5d6b7e">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" fontSize="10" fill="#5d6b7e">
          0
        </text>
        {days.map((day, i) => {
          let top = PAD.top + plotH;
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={day}>
              {keys.map((key) => {
                const n = byDay.get(day)!.get(key) ?? 0;
                if (!n) return null;
                top -= y(n);
                return (
                  <rect key={key} x={x} y={top} width={barW} height={y(n)} fill={color(key)}>
                    <title>{`${day}: ${n} ${labels[key] ?? key}`}</title>
                  </rect>
                );
              })}
              {i % 5 === 0 && (
                <text x={x + barW / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="#5d6b7e">
                  {day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {keys.length === 0 && <span className="muted">No leads in the last {days.length} days.</span>}
        {keys.map((key) => (
          <span key={key}>
            <span className="swatch" style={{ background: color(key) }} />
            {labels[key] ?? key}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
