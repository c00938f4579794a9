"use client";

import { Send } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { CrmRecord } from "@/components/destinations/crm-record";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { sendTestAction } from "@/lib/actions/destinations/send-test-action";
import type { DestinationKind } from "@/lib/destinations/types";

const preClass = "mt-1 overflow-auto rounded-md bg-muted p-2.5 font-mono text-xs wrap-anywhere whitespace-pre-wrap";

/** Sends a test lead now and shows what happened in place (and in a toast). */
export function SendTestButton({ id, kind }: { id: string; kind: DestinationKind }) {
  const t = useTranslations("destinations.test");
  const format = useFormatter();
  const [state, action, pending] = useActionState(sendTestAction, null);
  const result = state?.data;
  useEffect(() => {
    if (!state) return;
    if (!state.ok) toast.error(state.message ?? t("notSent"));
    else if (state.data?.ok) toast.success(t("delivered"));
    else toast.error(t("failed"));
  }, [state, t]);
  return (
    <div className="flex w-full flex-col gap-2">
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          <Send aria-hidden />
          {pending ? t("sending") : t("send")}
        </Button>
      </form>
      {state && !state.ok && state.message ? (
        <Alert variant="error" role="alert">
          {state.message}
        </Alert>
      ) : null}
      {result && (
        <Alert variant={result.ok ? "success" : "error"} role="status" data-testid="test-result">
          <div className="flex flex-col gap-2 text-foreground">
            <p className="m-0">
              <strong>{result.ok ? t("delivered") : t("failed")}</strong>
              {" · "}
              {result.httpStatus === null ? t("noHttpAnswer") : `HTTP ${result.httpStatus}`} ·{" "}
              {format.number(result.latencyMs, { style: "unit", unit: "millisecond" })}
            </p>
            <p className="m-0">{result.verdict}</p>
            {result.record && (
              <p className="m-0">
                <CrmRecord kind={kind} record={result.record} id={result.record.id} />
              </p>
            )}
            {!result.ok && result.retryable && <p className="m-0 text-muted-foreground">{t("retryNote")}</p>}
            {result.mapped && (
              <details open>
                <summary className="cursor-pointer">{t("mapping")}</summary>
                <Table data-testid="test-mapping" containerClassName="mt-1 rounded-md border">
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t("crmField")}</TableHead>
                      <TableHead>{t("leadField")}</TableHead>
                      <TableHead>{t("valueSent")}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {result.mapped.map((f) => (
                      <TableRow key={f.crmField}>
                        <TableCell>
                          <code>{f.crmField}</code>
                        </TableCell>
                        <TableCell>{f.leadField}</TableCell>
                        <TableCell className="text-xs">
                          {f.value ?? <span className="text-muted-foreground">{t("emptyNotSent")}</span>}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </details>
            )}
            <details>
              <summary className="cursor-pointer">{t("request")}</summary>
              <pre className={preClass}>
                {`${result.request.method} ${result.request.url}\n`}
                {Object.entries(result.request.headers)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join("\n")}
                {result.request.body ? `\n\n${result.request.body}` : ""}
              </pre>
            </details>
            <details open={!result.ok}>
              <summary className="cursor-pointer">{t("response")}</summary>
              <pre className={preClass} data-testid="test-response">
                {result.responseExcerpt || t("empty")}
              </pre>
            </details>
          </div>
        </Alert>
      )}
    </div>
  );
}
