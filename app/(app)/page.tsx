import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser(undefined, "/");
  return (
    <>
      <h1>Overview</h1>
      <section className="panel empty">
        <h2>No leads yet</h2>
        {user.role === "ADMIN" ? (
          <p className="muted">
            Connect the marketplace: create a webhook key in <Link href="/settings">Settings</Link> and paste its URL
            into Partner Center as your offer&apos;s HTTPS endpoint. New leads appear here the moment they arrive.
          </p>
        ) : (
          <p className="muted">
            Leads appear here as soon as an admin connects the marketplace to Lead desk. Ask your admin to set up the
            webhook in Settings.
          </p>
        )}
      </section>
    </>
  );
}
