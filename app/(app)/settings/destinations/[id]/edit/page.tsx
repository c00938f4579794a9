import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DestinationForm } from "@/components/destinations/destination-form";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { getDestination } from "@/lib/destinations/manage-destination";
import { BackLink } from "../../back-link";
import { destinationTexts } from "../../destination-texts";
import { formProps } from "../../form-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("destinations"))("editTitle") };
}

export default async function EditDestinationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/destinations/${id}/edit`);
  const destination = /^[0-9a-f-]{36}$/i.test(id) ? await getDestination(id) : null;
  if (!destination) notFound();
  const [texts, t] = await Promise.all([destinationTexts(), getTranslations("destinations")]);
  const kind = texts[destination.kind];
  return (
    <>
      <BackLink href={`/settings/destinations/${id}`}>{destination.name}</BackLink>
      <h1>{t("editKindTitle", { kind: kind.label })}</h1>
      <Card>
        <DestinationForm
          {...await formProps(destination.kind, kind)}
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
      </Card>
    </>
  );
}
