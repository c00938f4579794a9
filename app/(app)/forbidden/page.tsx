import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <section className="panel empty">
      <h1>Admins only</h1>
      <p className="muted">This part of Lead desk is for admins. Ask an admin if you need something changed.</p>
      <Link className="button" href="/leads">
        Back to leads
      </Link>
    </section>
  );
}
