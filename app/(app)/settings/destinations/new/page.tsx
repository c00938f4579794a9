import type { Metadata } from "next";
import Link from "next/link";
import { DestinationForm } from "@/components/destinations/destination-form";
import { requirePageUser } from "@/lib/auth/session";
import { destinationAdapters, getAdapter, isDestinationKind } from "@/lib/destinations/registry";
import { formProps } from "../form-props";

export const metadata: Metadata = { title: "New destination" };

export default async function NewDestinationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requirePageUser("ADMIN", "/settings/destinations/new");
  const { kind } = await searchParams;
  if (!isDestinationKind(kind)) {
    return (
      <>
        <h1>New destination</h1>
        <section className="panel">
          {Object.values(destinationAdapters).map((a) => (
            <p key={a.kind}>
              <Link href={`/settings/destinations/new?kind=${a.kind}`}>{a.label}</Link> —{" "}
              <span className="muted">{a.description}</span>
            </p>
          ))}
        </section>
      </>
    );
  }
  const adapter = getAdapter(kind);
  return (
    <>
      <p>
        <Link href="/settings/destinations">← Destinations</Link>
      </p>
      <h1>New {adapter.label} destination</h1>
      <p className="muted">{adapter.description}</p>
      <section className="panel">
        <DestinationForm {...formProps(kind)} />
      </section>
    </>
  );
}
