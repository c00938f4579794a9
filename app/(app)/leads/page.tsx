import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage() {
  await requirePageUser(undefined, "/leads");
  return (
    <>
      <h1>Leads</h1>
      <section className="panel empty">
        <h2>Nothing to triage yet</h2>
        <p className="muted">
          When the marketplace sends a lead it is listed here, newest first, ready to be assigned and followed up.
        </p>
      </section>
    </>
  );
}
