// Time to first response per owner and per source, 7 and 30 days: a table
// whose inline bars (two rectangles each, no chart library needed) draw the
// 30-day median and 90th percentile on one scale.
import { useFormatter, useTranslations } from "next-intl";
import type { ResponseFigures, ResponseGroup } from "@/lib/leads/response-stats";
import { formatSpan } from "@/lib/leads/response-clock";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const W = 160;
/** Figures line up in their columns. */
const cell = "py-1.5 whitespace-nowrap tabular-nums";
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
      <TableRow>
        <TableHead colSpan={9} scope="colgroup" className="pt-3 font-semibold text-foreground">
          {title}
        </TableHead>
      </TableRow>
      {groups.map((g) => (
        <TableRow key={`${g.dimension}-${g.key}`} data-testid={`response-${g.dimension}-${g.key}`}>
          <TableCell className={cell}>{name(g)}</TableCell>
          {([7, 30] as const).map((days) => {
            const f = g.windows[days];
            return [
              <TableCell key={`${days}a`} className={cell}>
                {`${format.number(f.answered)}/${format.number(f.leads)}`}
              </TableCell>,
              <TableCell key={`${days}m`} className={cell}>
                {span(f.medianSeconds)}
              </TableCell>,
              <TableCell key={`${days}p`} className={cell}>
                {span(f.p90Seconds)}
              </TableCell>,
              <TableCell key={`${days}s`} className={cell}>
                {share(f)}
              </TableCell>,
            ];
          })}
          <TableCell className={cell}>
            <Bars figures={g.windows[30]} max={max} />
          </TableCell>
        </TableRow>
      ))}
    </>
  );
}

export function ResponseTimes({ groups }: { groups: ResponseGroup[] }) {
  const t = useTranslations("overview.responses");
  const of = (d: ResponseGroup["dimension"]) => groups.filter((g) => g.dimension === d);
  return (
    <figure className={cn(cardClass, "m-0 mb-4")}>
      <h2 className="mt-0">{t("heading")}</h2>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <Table data-testid="response-times">
        <TableHeader>
          <TableRow>
            <TableHead rowSpan={2}></TableHead>
            <TableHead colSpan={4}>{t("last7")}</TableHead>
            <TableHead colSpan={4}>{t("last30")}</TableHead>
            <TableHead rowSpan={2}>{t("bars")}</TableHead>
          </TableRow>
          <TableRow>
            {[7, 30].flatMap((d) => [
              <TableHead key={`${d}a`}>{t("answered")}</TableHead>,
              <TableHead key={`${d}m`}>{t("median")}</TableHead>,
              <TableHead key={`${d}p`}>{t("p90")}</TableHead>,
              <TableHead key={`${d}s`}>{t("inTime")}</TableHead>,
            ])}
          </TableRow>
        </TableHeader>
        <TableBody>
          <Section title={t("all")} groups={of("all")} />
          <Section title={t("perOwner")} groups={of("owner")} />
          <Section title={t("perSource")} groups={of("source")} />
        </TableBody>
      </Table>
    </figure>
  );
}
