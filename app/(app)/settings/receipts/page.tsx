import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { reprocessAction } from "@/lib/actions/receipts/reprocess-action";
import { requirePageUser } from "@/lib/auth/session";
import { LocalTime } from "@/components/ui/local-time";
import { listFailedReceipts } from "@/lib/ingest/list-receipts";

export const metadata: Metadata = { title: "Failed receipts" };

export default async function FailedReceiptsPage() {
  await requirePageUser("ADMIN", "/settings/receipts");
  const receipts = await listFailedReceipts();
  return (
    <>
      <h1>Failed receipts</h1>
      <p className="muted">
        Bodies that reached the webhook with a valid key but did not become leads. Each is kept exactly as received.
        After fixing the sender (or upgrading Lead desk), reprocess them.
      </p>
      {receipts.length === 0 ? (
        <section className="panel empty">
          <h2>Nothing failed</h2>
          <p className="muted">Every body received so far was stored as a lead.</p>
        </section>
      ) : (
        <>
          <ActionButton
            action={reprocessAction}
            fields={{ scope: "all" }}
            label="Reprocess all failed"
            pendingLabel="Reprocessing…"
          />
          {receipts.map((r) => (
            <section className="panel" key={r.id} data-testid={`receipt-${r.id}`}>
              <div className="inline" style={{ justifyContent: "space-between", width: "100%", flexWrap: "wrap" }}>
                <strong>
                  {r.httpStatus} {r.outcome.replaceAll("_", " ").toLowerCase()}
                </strong>
                <span className="muted">
                  <LocalTime date={r.receivedAt} /> · key {r.webhookKey?.label ?? "—"} ·{" "}
                  {r.contentType ?? "no content type"} · {r.bodySize.toLocaleString("en")} bytes
                  {r.truncated ? " (truncated)" : ""} · from {r.clientAddress}
                </span>
              </div>
              <p>{r.error}</p>
              <details>
                <summary>Raw body</summary>
                <pre className="secret" style={{ whiteSpace: "pre-wrap", maxHeight: "20rem", overflow: "auto" }}>
                  {r.preview}
                  {r.previewCut ? "\n…" : ""}
                </pre>
              </details>
              <ActionButton
                action={reprocessAction}
                fields={{ scope: "one", id: r.id }}
                label="Reprocess"
                pendingLabel="Reprocessing…"
                className="secondary"
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}
