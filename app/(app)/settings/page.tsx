import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("ADMIN", "/settings");
  return (
    <>
      <h1>Settings</h1>
      <div className="grid">
        <section className="panel">
          <h2>Users</h2>
          <p className="muted">Add sales people and admins, change roles, deactivate people who left.</p>
          <Link href="/settings/users">Manage users</Link>
        </section>
      </div>
    </>
  );
}
