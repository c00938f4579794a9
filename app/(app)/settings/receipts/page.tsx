import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { reprocessAction } from "@/lib/actions/receipts/reprocess-action";
import { requirePageUser } from "@/lib/auth/session";
import { listFailedReceipts } from "@/lib/ingest/list-receipts";

const rawBodyClass =
  "mt-1 max-h-80 overflow-auto rounded-md bg-muted p-3 font-mono text-xs wrap-anywhere whitespace-pre-wrap";

type FailedOutcome = "MALFORMED" | "TOO_LARGE" | "UNSUPPORTED_TYPE" | "REJECTED" | "ERROR";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receipts"))("title") };
}

export default async function FailedReceiptsPage() {
  await requirePageUser("ADMIN", "/settings/receipts");
  const [receipts, t, format] = await Promise.all([listFailedReceipts(), getTranslations("receipts"), getFormatter()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-muted-foreground">{t("intro")}</p>
      {receipts.length === 0 ? (
        <Card className="py-12 text-center">
          <h2 className="mt-0">{t("emptyTitle")}</h2>
          <p className="text-muted-foreground">{t("emptyText")}</p>
        </Card>
      ) : (
        <>
          <div className="mb-4">
            <ActionButton
              action={reprocessAction}
              fields={{ scope: "all" }}
              label={t("reprocessAll")}
              pendingLabel={t("reprocessing")}
              toast
            />
          </div>
          {receipts.map((r) => (
            <Card key={r.id} data-testid={`receipt-${r.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <strong className="flex items-center gap-2">
                  <Badge variant="destructive">{r.httpStatus}</Badge>
                  {/* Only failed outcomes are listed (listFailedReceipts). */}
                  {t(`outcome.${r.outcome as FailedOutcome}`)}
                </strong>
                <span className="text-sm text-muted-foreground">
                  <LocalTime date={r.receivedAt} /> ·{" "}
                  {t("details", {
                    key: r.webhookKey?.label ?? "—",
                    type: r.contentType ?? t("noContentType"),
                    size: format.number(r.bodySize),
                    truncated: r.truncated ? "yes" : "no",
                    from: r.clientAddress ?? "—",
                  })}
                </span>
              </div>
              {/* The parser's reason, as stored with the receipt when it was refused. */}
              <p>{r.error}</p>
              <details className="mb-3">
                <summary className="cursor-pointer text-sm text-muted-foreground">{t("rawBody")}</summary>
                <pre className={rawBodyClass}>
                  {r.preview}
                  {r.previewCut ? "\n…" : ""}
                </pre>
              </details>
              <ActionButton
                action={reprocessAction}
                fields={{ scope: "one", id: r.id }}
                label={t("reprocess")}
                pendingLabel={t("reprocessing")}
                variant="secondary"
                toast
              />
            </Card>
          ))}
        </>
      )}
    </>
  );
}
