import type { Metadata } from "next";
import Link from "next/link";
import { ResponseTimes } from "@/components/overview/response-times";
import { StackedBarChart } from "@/components/overview/stacked-bar-chart";
import { requirePageUser } from "@/lib/auth/session";
import { stageLabels } from "@/lib/leads/labels";
import { leadListQuery } from "@/lib/leads/list-params";
import { CHART_DAYS, overviewStats } from "@/lib/leads/overview-stats";
import { responseStats } from "@/lib/leads/response-stats";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser(undefined, "/");
  const [stats, responses] = await Promise.all([overviewStats(user.id), responseStats()]);
  const tiles = [
    { label: "New today", metric: stats.newToday, id: "new-today" },
    { label: "Unassigned open leads", metric: stats.unassigned, id: "unassigned" },
    { label: "Do not contact", metric: stats.doNotContact, id: "do-not-contact" },
    {
      label: `Deliveries failing (${stats.failing.count.toLocaleString("en")} leads)`,
      metric: { ...stats.failing, count: stats.failing.deliveries },
      id: "failing",
    },
  ];
  return (
    <>
      <h1>Overview</h1>
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((t) => (
          <Link
            key={t.id}
            className="panel mb-0 block text-foreground no-underline hover:border-primary hover:no-underline"
            href={`/leads?${leadListQuery(t.metric.params)}`}
            data-testid={`stat-${t.id}`}
          >
            <strong className="block text-3xl font-semibold text-primary">{t.metric.count.toLocaleString("en")}</strong>
            {t.label}
          </Link>
        ))}
      </div>
      <StackedBarChart
        title={`Leads per day by funnel stage (last ${CHART_DAYS} days)`}
        days={stats.days}
        counts={stats.byStage}
        labels={stageLabels}
      />
      <StackedBarChart
        title={`Leads per day by source (last ${CHART_DAYS} days)`}
        days={stats.days}
        counts={stats.bySource}
      />
      <ResponseTimes groups={responses} />
      {user.role === "ADMIN" && (
        <p className="muted">
          Leads arrive through a webhook key from <Link href="/settings">Settings</Link>: paste its URL into Partner
          Center as your offer&apos;s HTTPS endpoint.
        </p>
      )}
    </>
  );
}
