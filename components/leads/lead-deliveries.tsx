import { useTranslations } from "next-intl";
import { CrmRecord } from "@/components/destinations/crm-record";
import { RawAnswer } from "@/components/destinations/raw-answer";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";

const stateBadge = { PENDING: "default", DELIVERED: "success", DEAD: "destructive", CANCELLED: "default" } as const;

/**
 * Each destination's delivery of this lead, with its attempt log (filled by the delivery worker).
 * The CRM's verdicts and errors are shown as recorded.
 */
export function LeadDeliveries({ deliveries }: { deliveries: LeadDetail["deliveries"] }) {
  const t = useTranslations("lead");
  if (!deliveries.length) return <p className="m-0 text-muted-foreground">{t("deliveries.none")}</p>;
  return (
    <ul className="m-0 list-none p-0">
      {deliveries.map((d) => (
        <li key={d.id} className="border-b py-2 last:border-b-0" data-testid={`delivery-${d.destination.name}`}>
          <div className="flex flex-wrap items-center gap-1.5">
            <strong>{d.destination.name}</strong>
            <span className="text-muted-foreground">{d.destination.kind}</span>
            <Badge variant={stateBadge[d.state]}>
              {d.state === "PENDING" && d.attempts > 0 ? t("deliveries.retrying") : t(`deliveries.state.${d.state}`)}
            </Badge>
            <span className="text-sm text-muted-foreground">
              {t("deliveries.attempts", { count: d.attempts })}
              {d.deliveredAt && (
                <>
                  {" · "}
                  {t.rich("deliveries.delivered", { time: () => <LocalTime date={d.deliveredAt!} /> })}
                </>
              )}
              {d.state === "PENDING" && (
                <>
                  {" · "}
                  {t.rich("deliveries.nextTry", { time: () => <LocalTime date={d.nextAttemptAt} /> })}
                </>
              )}
            </span>
            <CrmRecord record={d.record} id={d.remoteId} />
          </div>
          {d.lastError && (
            <Alert variant="error" className="mt-2">
              {d.lastError}
            </Alert>
          )}
          {d.attemptLog.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm">{t("deliveries.attemptLog")}</summary>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>{t("deliveries.when")}</TableHead>
                    <TableHead>{t("deliveries.result")}</TableHead>
                    <TableHead>HTTP</TableHead>
                    <TableHead>{t("deliveries.time")}</TableHead>
                    <TableHead>{t("deliveries.answer")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {d.attemptLog.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell className="py-1.5 whitespace-nowrap">
                        <LocalTime date={a.startedAt} />
                      </TableCell>
                      <TableCell className="py-1.5">
                        <Badge variant={a.ok ? "success" : "destructive"}>{a.verdict}</Badge>
                      </TableCell>
                      <TableCell className="py-1.5">{a.httpStatus ?? "—"}</TableCell>
                      <TableCell className="py-1.5">{t("deliveries.latency", { ms: a.latencyMs })}</TableCell>
                      <TableCell className="py-1.5 text-sm">
                        <RawAnswer text={a.responseExcerpt} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
