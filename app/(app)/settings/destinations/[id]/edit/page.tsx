import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DestinationForm } from "@/components/destinations/destination-form";
import { requirePageUser } from "@/lib/auth/session";
import { getDestination } from "@/lib/destinations/manage-destination";
import { getAdapter } from "@/lib/destinations/registry";
import { formProps } from "../../form-props";

export const metadata: Metadata = { title: "Edit destination" };

export default async function EditDestinationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/destinations/${id}/edit`);
  const destination = /^[0-9a-f-]{36}$/i.test(id) ? await getDestination(id) : null;
  if (!destination) notFound();
  return (
    <>
      <p>
        <Link href={`/settings/destinations/${id}`}>← {destination.name}</Link>
      </p>
      <h1>Edit {getAdapter(destination.kind).label} destination</h1>
      <section className="panel">
        <DestinationForm
          {...formProps(destination.kind)}
          current={{
            id: destination.id,
            name: destination.name,
            enabled: destination.enabled,
            sources: destination.sources,
            actions: destination.actions,
            stages: destination.stages,
            includeTest: destination.includeTest,
            includeDoNotContact: destination.includeDoNotContact,
            config: destination.config,
            storedSecrets: destination.storedSecrets,
            headerNames: destination.headerNames,
          }}
        />
      </section>
    </>
  );
}
