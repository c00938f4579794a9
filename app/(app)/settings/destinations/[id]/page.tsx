import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CrmRecord } from "@/components/destinations/crm-record";
import { HealthSummary, SuccessRate } from "@/components/destinations/health-summary";
import { RawAnswer } from "@/components/destinations/raw-answer";
import { SendTestButton } from "@/components/destinations/send-test-button";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteDestinationAction } from "@/lib/actions/destinations/delete-destination-action";
import { retryDeliveriesAction } from "@/lib/actions/destinations/retry-deliveries-action";
import { setEnabledAction } from "@/lib/actions/destinations/set-enabled-action";
import { requirePageUser } from "@/lib/auth/session";
import { deliveryStates, listDestinationDeliveries } from "@/lib/delivery/list-destination-deliveries";
import { listDestinations } from "@/lib/destinations/list-destinations";
import { recordLink } from "@/lib/destinations/registry";
import type { DeliveryState } from "@/lib/generated/prisma/enums";
import { BackLink } from "../back-link";
import { destinationTexts } from "../destination-texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("destinations"))("detailTitle") };
}

const stateBadge = { PENDING: "default", DELIVERED: "success", DEAD: "destructive", CANCELLED: "default" } as const;

export default async function DestinationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ state?: string }>;
}) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/destinations/${id}`);
  const { state: rawState } = await searchParams;
  const destination = /^[0-9a-f-]{36}$/i.test(id) ? (await listDestinations()).find((d) => d.id === id) : undefined;
  if (!destination) notFound();
  const state = deliveryStates.find((s) => s === rawState);
  const [{ deliveries, byState }, texts, t, common, domain, format] = await Promise.all([
    listDestinationDeliveries(id, state),
    destinationTexts(),
    getTranslations("destinations"),
    getTranslations("common"),
    getTranslations("domain"),
    getFormatter(),
  ]);
  const total = Object.values(byState).reduce((a, b) => a + b, 0);
  const { name, enabled, health } = destination;
  const stateName = (s: DeliveryState) => t(`state.${s}`);
  const all = t("filters.all");
  const filters: [string, string][] = [
    [t("filters.sources"), destination.sources.join(", ") || all],
    [t("filters.actions"), destination.actions.join(", ") || all],
    [t("filters.stages"), destination.stages.map((s) => domain(`stage.${s}`)).join(", ") || all],
    [t("filters.testLeads"), destination.includeTest ? t("filters.included") : t("filters.leftOut")],
    [t("filters.doNotContact"), destination.includeDoNotContact ? t("filters.included") : t("filters.leftOut")],
  ];

  return (
    <>
      <BackLink href="/settings/destinations">{t("title")}</BackLink>
      <h1 className="flex flex-wrap items-center gap-2">
        {name} <Badge variant="outline">{texts[destination.kind].label}</Badge>
        <Badge variant={enabled ? "success" : "default"}>{enabled ? common("enabled") : common("disabled")}</Badge>
      </h1>
      <Card>
        <div className="flex flex-wrap items-start gap-3">
          <Link
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`/settings/destinations/${id}/edit`}
          >
            {t("editSettings")}
          </Link>
          <ActionButton
            action={setEnabledAction}
            fields={{ id, enabled: String(!enabled) }}
            label={enabled ? t("disable") : t("enable")}
            variant="secondary"
            toast
            confirmText={enabled && health.queued > 0 ? t("disableConfirm", { name, count: health.queued }) : null}
          />
          <ActionButton
            action={deleteDestinationAction}
            fields={{ id }}
            label={common("delete")}
            variant="danger"
            toast
            confirmText={t("deleteConfirm", { name, count: health.queued })}
          />
        </div>
        <div className="mt-4 flex flex-col gap-3">
          <HealthSummary health={health} />
          <dl className="m-0 grid grid-cols-[repeat(auto-fit,minmax(11rem,1fr))] gap-x-4 gap-y-2 text-sm">
            <div>
              <dt className="text-xs text-muted-foreground">{t("health.rate")}</dt>
              <dd className="m-0">
                <SuccessRate health={health} />
              </dd>
            </div>
            {filters.map(([term, value]) => (
              <div key={term}>
                <dt className="text-xs text-muted-foreground">{term}</dt>
                <dd className="m-0 wrap-anywhere">{value}</dd>
              </div>
            ))}
          </dl>
          <SendTestButton id={id} kind={destination.kind} />
        </div>
      </Card>

      <h2>{t("log.title")}</h2>
      <nav aria-label={t("log.filter")} className="mb-3 flex flex-wrap items-center gap-2">
        <Link
          href={`/settings/destinations/${id}`}
          aria-current={!state ? "page" : undefined}
          className={buttonVariants({ variant: state ? "outline" : "default", size: "sm" })}
        >
          {t("log.all", { count: total })}
        </Link>
        {deliveryStates.map((s) => (
          <Link
            key={s}
            href={`/settings/destinations/${id}?state=${s}`}
            aria-current={state === s ? "page" : undefined}
            className={buttonVariants({ variant: state === s ? "default" : "outline", size: "sm" })}
          >
            {t("log.inState", { state: stateName(s), count: byState[s] })}
          </Link>
        ))}
        {byState.DEAD > 0 && enabled && (
          <ActionButton
            action={retryDeliveriesAction}
            fields={{ scope: "all", destinationId: id }}
            label={t("log.replayAll")}
            pendingLabel={t("log.queueing")}
            variant="secondary"
            toast
          />
        )}
      </nav>
      <Card className="p-0">
        {deliveries.length === 0 ? (
          <p className="m-0 p-5 text-muted-foreground">{state ? t("log.noneInState") : t("log.none")}</p>
        ) : (
          <Table containerClassName="rounded-lg">
            <TableHeader>
              <TableRow>
                <TableHead>{t("log.lead")}</TableHead>
                <TableHead>{t("log.state")}</TableHead>
                <TableHead>{t("log.attempts")}</TableHead>
                <TableHead>{t("log.lastResult")}</TableHead>
                <TableHead className="max-sm:hidden">{t("log.when")}</TableHead>
                <TableHead>
                  <span className="sr-only">{common("actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {deliveries.map((d) => (
                <TableRow key={d.id} data-testid={`delivery-${d.leadId}`}>
                  <TableCell className="py-2 align-top">
                    <Link href={`/leads/${d.leadId}`}>
                      {[d.lead.firstName, d.lead.lastName].filter(Boolean).join(" ") ||
                        d.lead.email ||
                        domain("noName")}
                    </Link>
                    <div className="text-xs text-muted-foreground">
                      {d.lead.company ?? ""} {d.lead.offerTitle ?? d.lead.offerId ?? ""}
                    </div>
                  </TableCell>
                  <TableCell className="py-2 align-top">
                    <Badge variant={stateBadge[d.state]}>{stateName(d.state)}</Badge>
                    <div>
                      <CrmRecord
                        kind={destination.kind}
                        record={recordLink(destination.kind, destination.config, d.remoteId)}
                        id={d.remoteId}
                      />
                    </div>
                  </TableCell>
                  <TableCell className="py-2 align-top">{d.attempts}</TableCell>
                  <TableCell className="max-w-md py-2 align-top">
                    {d.lastAttempt ? (
                      <>
                        <span className="text-xs text-muted-foreground">
                          {d.lastAttempt.httpStatus === null ? t("log.noAnswer") : `HTTP ${d.lastAttempt.httpStatus}`}
                          {" · "}
                          {format.number(d.lastAttempt.latencyMs, { style: "unit", unit: "millisecond" })}
                        </span>
                        <div>{d.lastAttempt.verdict}</div>
                        <RawAnswer text={d.lastAttempt.responseExcerpt} />
                      </>
                    ) : (
                      <span className="text-muted-foreground">{d.lastError ?? t("log.notTried")}</span>
                    )}
                  </TableCell>
                  <TableCell className="py-2 align-top max-sm:hidden">
                    {d.state === "DELIVERED" && d.deliveredAt ? (
                      <>
                        {t("log.deliveredAt")} <LocalTime date={d.deliveredAt} relative />
                      </>
                    ) : d.state === "PENDING" ? (
                      <>
                        {t("log.nextTry")} <LocalTime date={d.nextAttemptAt} relative />
                      </>
                    ) : (
                      <>
                        {t("log.queuedAt")} <LocalTime date={d.createdAt} relative />
                      </>
                    )}
                  </TableCell>
                  <TableCell className="py-2 align-top">
                    {(d.state === "DEAD" || d.state === "CANCELLED") && enabled && (
                      <ActionButton
                        action={retryDeliveriesAction}
                        fields={{ scope: "one", id: d.id }}
                        label={t("log.retry")}
                        pendingLabel={t("log.queueing")}
                        variant="secondary"
                        toast
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </>
  );
}
