// A lead in full: customer, what happened, history, deliveries, the raw
// receipt, triage and activity. The lead page shows it, and so does the
// preview sheet over the list (app/(app)/leads/@preview), in one column.
// Marketplace values (source, action code, offer id, lead source, the body) are shown as sent.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SheetTitle } from "@/components/ui/sheet";
import { Badge, badgeVariants } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { LocalTime } from "@/components/ui/local-time";
import type { UserOption } from "@/components/leads/bulk-bar";
import { actionMessage } from "@/lib/ingest/describe-action";
import type { LeadDetail as Lead } from "@/lib/leads/get-lead-detail";
import { customerName } from "@/lib/leads/labels";
import { customerFields } from "@/lib/leads/lead";
import { ActivityLog } from "./activity-log";
import { statusVariant } from "./lead-badges";
import { LeadDeliveries } from "./lead-deliveries";
import { ResponseClockPanel } from "./response-clock-panel";
import { TriagePanel } from "./triage-panel";

/** Label/value pairs in as many columns as fit. */
const fieldList =
  "m-0 grid grid-cols-[repeat(auto-fit,minmax(14rem,1fr))] gap-x-4 gap-y-2 " +
  "[&_dd]:m-0 [&_dd]:wrap-anywhere [&_dt]:text-xs [&_dt]:text-muted-foreground";

export function LeadDetail({ lead, users, inSheet = false }: { lead: Lead; users: UserOption[]; inSheet?: boolean }) {
  const t = useTranslations("lead");
  const domain = useTranslations("domain");
  const { receipt } = lead;
  const name = customerName(lead, domain("noName"));
  const meaning = actionMessage(lead.source, lead.action);
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {inSheet ? (
          <SheetTitle asChild>
            <h1 className="m-0">{name}</h1>
          </SheetTitle>
        ) : (
          <h1 className="m-0">{name}</h1>
        )}
        <Badge variant={statusVariant[lead.status]} data-testid="lead-status">
          {domain(`status.${lead.status}`)}
        </Badge>
        {lead.isTest && <Badge>{domain("test")}</Badge>}
        {lead.doNotContact && <Badge variant="destructive">{t("doNotContact")}</Badge>}
        {lead.duplicateOf && (
          <Link
            className={cn(badgeVariants(), "whitespace-normal no-underline")}
            href={`/leads/${lead.duplicateOf.id}`}
          >
            {t.rich("duplicateOf", { time: () => <LocalTime date={lead.duplicateOf!.receivedAt} /> })}
          </Link>
        )}
      </div>
      {lead.status === "DISQUALIFIED" && lead.disqualifyReason && (
        <p className="text-muted-foreground">{t("disqualified", { reason: lead.disqualifyReason })}</p>
      )}
      <div
        className={cn(
          "grid grid-cols-[minmax(0,1fr)] items-start gap-4",
          !inSheet && "lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]",
        )}
      >
        <div>
          <Card>
            <CardHeader title={t("panel.customer")} />
            <dl className={fieldList}>
              {customerFields.map((f) => (
                <div key={f}>
                  <dt>{t(`field.${f}`)}</dt>
                  <dd>{lead[f] ?? <span className="text-muted-foreground">{t("notGiven")}</span>}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card>
            <CardHeader title={t("panel.whatHappened")} />
            <p className="mb-3" data-testid="lead-meaning">
              {domain(meaning.key, meaning.values)}
            </p>
            <dl className={fieldList}>
              <div>
                <dt>{t("field.source")}</dt>
                <dd>{lead.source ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("field.action")}</dt>
                <dd>{lead.action ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("field.offer")}</dt>
                <dd>
                  {lead.offerTitle ?? "—"} {lead.offerId && <code>{lead.offerId}</code>}
                </dd>
              </div>
              <div>
                <dt>{t("field.stage")}</dt>
                <dd>{domain(`stage.${lead.stage}`)}</dd>
              </div>
              <div>
                <dt>{t("field.leadSource")}</dt>
                <dd>
                  <code>{lead.leadSource ?? "—"}</code>
                </dd>
              </div>
              <div>
                <dt>{t("field.received")}</dt>
                <dd>
                  <LocalTime date={lead.receivedAt} />
                </dd>
              </div>
              {lead.sourceCreatedAt && (
                <div>
                  <dt>{t("field.sourceCreatedAt")}</dt>
                  <dd>
                    <LocalTime date={lead.sourceCreatedAt} />
                  </dd>
                </div>
              )}
              {lead.description && (
                <div>
                  <dt>{t("field.description")}</dt>
                  <dd className="whitespace-pre-line">{lead.description}</dd>
                </div>
              )}
            </dl>
          </Card>
          <Card>
            <CardHeader title={t("panel.history")} />
            {lead.history.length === 0 ? (
              <p className="m-0 text-muted-foreground">{t("history.empty")}</p>
            ) : (
              <Table aria-label={t("panel.history")}>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t("field.received")}</TableHead>
                    <TableHead>{t("field.source")}</TableHead>
                    <TableHead>{t("field.offer")}</TableHead>
                    <TableHead>{t("history.stage")}</TableHead>
                    <TableHead>{t("history.status")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lead.history.map((h) => (
                    <TableRow key={h.id}>
                      <TableCell className="py-1.5 whitespace-nowrap">
                        <Link href={`/leads/${h.id}`}>
                          <LocalTime date={h.receivedAt} />
                        </Link>
                      </TableCell>
                      <TableCell className="py-1.5">
                        {h.source ?? "—"} {h.action && <Badge>{h.action}</Badge>}
                      </TableCell>
                      <TableCell className="py-1.5">{h.offerTitle ?? h.offerId ?? "—"}</TableCell>
                      <TableCell className="py-1.5">{domain(`stage.${h.stage}`)}</TableCell>
                      <TableCell className="py-1.5">{domain(`status.${h.status}`)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>
          <Card>
            <CardHeader title={t("panel.deliveries")} />
            <LeadDeliveries deliveries={lead.deliveries} />
          </Card>
          <Card>
            <CardHeader title={t("panel.raw")} />
            <p className="text-sm text-muted-foreground">
              {t.rich("raw.summary", {
                time: () => <LocalTime date={receipt.receivedAt} />,
                address: receipt.clientAddress ?? t("raw.unknownAddress"),
                contentType: receipt.contentType ?? t("raw.noContentType"),
                size: receipt.bodySize,
                truncated: receipt.truncated ? "yes" : "no",
              })}
            </p>
            {/* Rendered as text by React: the body is escaped, never interpreted. */}
            <pre
              className="max-h-96 overflow-auto rounded-md bg-muted p-3 text-sm wrap-anywhere whitespace-pre-wrap"
              data-testid="raw-body"
            >
              {receipt.text}
            </pre>
          </Card>
        </div>
        <aside>
          <Card>
            <CardHeader title={t("panel.triage")} />
            <p className="text-sm text-muted-foreground" data-testid="lead-owner">
              {lead.owner ? t("owner", { name: lead.owner.name || lead.owner.email }) : t("noOwner")}
            </p>
            <ResponseClockPanel lead={lead} now={new Date()} />
            <TriagePanel
              leadId={lead.id}
              status={lead.status}
              ownerId={lead.ownerId}
              doNotContact={lead.doNotContact}
              users={users}
            />
          </Card>
          <Card>
            <CardHeader title={t("panel.activity")} />
            <ActivityLog activities={lead.activities} />
          </Card>
        </aside>
      </div>
    </>
  );
}
