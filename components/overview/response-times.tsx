// Time to first response per owner and per source, 7 and 30 days: a table
// whose inline bars (two rectangles each, no chart library needed) draw the
// 30-day median and 90th percentile on one scale.
import { useFormatter, useTranslations } from "next-intl";
import type { ResponseFigures, ResponseGroup } from "@/lib/leads/response-stats";
import { formatSpan } from "@/lib/leads/response-clock";

const W = 160;
const H = 14;

/** "3 h 20 min" (the same abbreviations in every language), or a dash without answered leads. */
const span = (seconds: number | null) => (seconds === null ? "—" : formatSpan(seconds * 1000));

function Bars({ figures, max }: { figures: ResponseFigures; max: number }) {
  const t = useTranslations("overview.responses");
  if (figures.medianSeconds === null) return null;
  const x = (s: number) => Math.max(1, (s / max) * W);
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t("barsLabel", { median: span(figures.medianSeconds), p90: span(figures.p90Seconds) })}
    >
      <rect x={0} y={3} width={x(figures.p90Seconds ?? figures.medianSeconds)} height={8} className="fill-chart-1/30" />
      <rect x={0} y={3} width={x(figures.medianSeconds)} height={8} className="fill-chart-1" />
    </svg>
  );
}

function Section({ title, groups }: { title: string; groups: ResponseGroup[] }) {
  const t = useTranslations("overview");
  const domain = useTranslations("domain");
  const format = useFormatter();
  const share = (f: ResponseFigures) => (f.judged ? format.number(f.inTime / f.judged, { style: "percent" }) : "—");
  // Owners and sources as named; the groups without one, and the total, in the reader's language.
  const name = (g: ResponseGroup) =>
    g.dimension === "all"
      ? t("responses.allLeads")
      : !g.none
        ? g.key
        : g.dimension === "owner"
          ? domain("unassigned")
          : t("noSource");
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
          <td>{name(g)}</td>
          {([7, 30] as const).map((days) => {
            const f = g.windows[days];
            return [
              <td key={`${days}a`} className="num">{`${format.number(f.answered)}/${format.number(f.leads)}`}</td>,
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
  const t = useTranslations("overview.responses");
  const of = (d: ResponseGroup["dimension"]) => groups.filter((g) => g.dimension === d);
  return (
    <figure className="panel m-0 mb-4 overflow-x-auto">
      <h2>{t("heading")}</h2>
      <p className="muted small">{t("intro")}</p>
      <table data-testid="response-times">
        <thead>
          <tr>
            <th rowSpan={2}></th>
            <th colSpan={4}>{t("last7")}</th>
            <th colSpan={4}>{t("last30")}</th>
            <th rowSpan={2}>{t("bars")}</th>
          </tr>
          <tr>
            {[7, 30].flatMap((d) => [
              <th key={`${d}a`}>{t("answered")}</th>,
              <th key={`${d}m`}>{t("median")}</th>,
              <th key={`${d}p`}>{t("p90")}</th>,
              <th key={`${d}s`}>{t("inTime")}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          <Section title={t("all")} groups={of("all")} />
          <Section title={t("perOwner")} groups={of("owner")} />
          <Section title={t("perSource")} groups={of("source")} />
        </tbody>
      </table>
    </figure>
  );
}
