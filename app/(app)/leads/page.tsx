import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { customerName, stageLabels } from "@/lib/leads/labels";
import { listRecentLeads } from "@/lib/leads/list-recent-leads";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser(undefined, "/leads");
  const includeTest = (await searchParams).test === "1";
  const leads = await listRecentLeads({ includeTest });
  return (
    <>
      <div className="inline" style={{ justifyContent: "space-between", width: "100%" }}>
        <h1>Leads</h1>
        <Link href={includeTest ? "/leads" : "/leads?test=1"}>{includeTest ? "Hide test leads" : "Show test leads"}</Link>
      </div>
      {leads.length === 0 ? (
        <section className="panel empty">
          <h2>Nothing to triage yet</h2>
          <p className="muted">
            When the marketplace sends a lead it is listed here, newest first, ready to be assigned and followed up.
          </p>
        </section>
      ) : (
        <section className="panel table-wrap">
          <table>
            <thead>
              <tr>
                <th>Received</th>
                <th>Name</th>
                <th className="hide-narrow">Company</th>
                <th>Source</th>
                <th className="hide-narrow">Offer</th>
                <th>Stage</th>
                <th>Flags</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((l) => (
                <tr key={l.id}>
                  <td>{formatDateTime(l.receivedAt)}</td>
                  <td>{customerName(l)}</td>
                  <td className="hide-narrow">{l.company}</td>
                  <td>
                    {l.source ?? "—"} {l.action && <span className="badge">{l.action}</span>}
                  </td>
                  <td className="hide-narrow">{l.offerTitle ?? l.offerId}</td>
                  <td>{stageLabels[l.stage]}</td>
                  <td>
                    {l.isTest && <span className="badge">Test</span>} {l.doNotContact && <span className="badge danger">Do not contact</span>}{" "}
                    {l.duplicateOfId && <span className="badge">Duplicate</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
