"use client";

import { useActionState } from "react";
import { CrmRecord } from "@/components/destinations/crm-record";
import { FormMessage } from "@/components/ui/form-feedback";
import { sendTestAction } from "@/lib/actions/destinations/send-test-action";

/** Sends a test lead now and shows what happened in place. */
export function SendTestButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(sendTestAction, null);
  const result = state?.data;
  return (
    <div style={{ width: "100%" }}>
      <form action={action} className="inline">
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? "Sending…" : "Send test lead"}
        </button>
      </form>
      <FormMessage state={state?.ok ? null : state} />
      {result && (
        <div
          className={result.ok ? "alert ok" : "alert error"}
          role="status"
          data-testid="test-result"
          style={{ marginTop: "0.5rem" }}
        >
          <p style={{ marginTop: 0 }}>
            <strong>{result.ok ? "Delivered" : "Failed"}</strong>
            {" · "}
            {result.httpStatus === null ? "no HTTP answer" : `HTTP ${result.httpStatus}`} · {result.latencyMs} ms
          </p>
          <p>{result.verdict}</p>
          {result.record && (
            <p>
              <CrmRecord record={result.record} id={result.record.id} />
            </p>
          )}
          {!result.ok && result.retryable && (
            <p className="muted">A test lead is sent once; a real lead would be retried after a failure like this.</p>
          )}
          {result.mapped && (
            <details open>
              <summary>Field mapping used</summary>
              <table data-testid="test-mapping">
                <thead>
                  <tr>
                    <th>CRM field</th>
                    <th>Lead desk field</th>
                    <th>Value sent</th>
                  </tr>
                </thead>
                <tbody>
                  {result.mapped.map((f) => (
                    <tr key={f.crmField}>
                      <td>
                        <code>{f.crmField}</code>
                      </td>
                      <td>{f.leadField}</td>
                      <td className="small">{f.value ?? <span className="muted">empty, not sent</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <details>
            <summary>Request sent (secrets masked)</summary>
            <pre className="secret" style={{ whiteSpace: "pre-wrap", color: "var(--text)" }}>
              {`${result.request.method} ${result.request.url}\n`}
              {Object.entries(result.request.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join("\n")}
              {result.request.body ? `\n\n${result.request.body}` : ""}
            </pre>
          </details>
          <details open={!result.ok}>
            <summary>Response</summary>
            <pre
              className="secret"
              style={{ whiteSpace: "pre-wrap", color: "var(--text)" }}
              data-testid="test-response"
            >
              {result.responseExcerpt || "(empty)"}
            </pre>
          </details>
        </div>
      )}
    </div>
  );
}
