"use client";

// Leads per day as stacked bars (recharts): a tooltip per day, a legend per series.
// Days are UTC days (as counted), shown as day and month in the reader's language.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayCount } from "@/lib/leads/overview-stats";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

const palette = [1, 2, 3, 4, 5].map((n) => `var(--chart-${n})`);

interface Props {
  title: string;
  days: string[];
  counts: DayCount[];
  /** Names of series keys (and their order first); other keys are shown as they are (sources as sent). */
  labels?: Record<string, string>;
}

export function StackedBarChart({ title, days, counts, labels = {} }: Props) {
  const t = useTranslations("overview");
  const format = useFormatter();
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  // Labelled keys keep their label order (stages in funnel order, same colour on every day).
  const order = Object.keys(labels);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set(counts.map((c) => c.key))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const data = days.map(
    (day) =>
      ({ day: dayLabel(day), ...Object.fromEntries(keys.map((k) => [k, 0])) }) as Record<string, string | number>,
  );
  for (const c of counts) {
    const row = data[days.indexOf(c.day)];
    if (row) row[c.key] = c.count;
  }
  const total = counts.reduce((a, c) => a + c.count, 0);

  return (
    <figure className={cn(cardClass, "m-0 mb-4")}>
      <h2 className="mt-0">{title}</h2>
      {keys.length === 0 ? (
        <p className="m-0 text-muted-foreground">{t("chartEmpty", { days: days.length })}</p>
      ) : (
        <div
          role="img"
          aria-label={t("chartSummary", { title, total, days: days.length })}
          className="h-56 w-full text-xs"
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis
                dataKey="day"
                tickLine={false}
                axisLine={false}
                stroke="var(--muted-foreground)"
                interval="preserveStartEnd"
              />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} stroke="var(--muted-foreground)" />
              <Tooltip
                cursor={{ fill: "var(--muted)" }}
                contentStyle={{
                  background: "var(--popover)",
                  border: "1px solid var(--border)",
                  borderRadius: 6,
                  color: "var(--popover-foreground)",
                }}
              />
              <Legend iconType="square" iconSize={10} />
              {keys.map((key, i) => (
                <Bar
                  key={key}
                  dataKey={key}
                  name={labels[key] ?? key}
                  stackId="day"
                  fill={palette[i % palette.length]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
