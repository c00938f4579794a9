import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ResponseTimes } from "@/components/overview/response-times";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { StackedBarChart } from "@/components/overview/stacked-bar-chart";
import { requirePageUser } from "@/lib/auth/session";
import { funnelStages } from "@/lib/leads/lead";
import { leadListQuery } from "@/lib/leads/list-url";
import { cachedOverview } from "@/lib/leads/overview-cache";
import { CHART_DAYS, NO_SOURCE } from "@/lib/leads/overview-stats";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  const user = await requirePageUser(undefined, "/");
  const [{ stats, responses }, t, domain, format] = await Promise.all([
    cachedOverview(),
    getTranslations("overview"),
    getTranslations("domain"),
    getFormatter(),
  ]);
  const tiles = [
    { label: t("newToday"), metric: stats.newToday, id: "new-today" },
    { label: t("unassigned"), metric: stats.unassigned, id: "unassigned" },
    { label: t("doNotContact"), metric: stats.doNotContact, id: "do-not-contact" },
    {
      label: t("failing", { count: stats.failing.count }),
      metric: { ...stats.failing, count: stats.failing.deliveries },
      id: "failing",
    },
  ];
  // Stages in funnel order (the same colour on every day), named in the reader's language.
  const stageLabels = Object.fromEntries(funnelStages.map((s) => [s, domain(`stage.${s}`)]));
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((tile) => (
          <Link
            key={tile.id}
            className={cn(cardClass, "mb-0 block text-foreground no-underline hover:border-primary hover:no-underline")}
            href={`/leads?${leadListQuery(tile.metric.params)}`}
            data-testid={`stat-${tile.id}`}
          >
            <strong className="block text-3xl font-semibold text-primary">{format.number(tile.metric.count)}</strong>
            {tile.label}
          </Link>
        ))}
      </div>
      <StackedBarChart
        title={t("byStage", { days: CHART_DAYS })}
        days={stats.days}
        counts={stats.byStage}
        labels={stageLabels}
      />
      <StackedBarChart
        title={t("bySource", { days: CHART_DAYS })}
        days={stats.days}
        counts={stats.bySource}
        labels={{ [NO_SOURCE]: t("noSource") }}
      />
      <ResponseTimes groups={responses} />
      {user.role === "ADMIN" && (
        <p className="text-muted-foreground">
          {t.rich("webhookHint", { link: (chunks) => <Link href="/settings">{chunks}</Link> })}
        </p>
      )}
    </>
  );
}
