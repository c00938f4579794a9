import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DestinationForm } from "@/components/destinations/destination-form";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { isDestinationKind } from "@/lib/destinations/registry";
import { destinationKinds } from "@/lib/destinations/types";
import { BackLink } from "../back-link";
import { destinationTexts } from "../destination-texts";
import { formProps } from "../form-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("destinations"))("newTitle") };
}

export default async function NewDestinationPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requirePageUser("ADMIN", "/settings/destinations/new");
  const [{ kind }, texts, t] = await Promise.all([searchParams, destinationTexts(), getTranslations("destinations")]);
  if (!isDestinationKind(kind)) {
    return (
      <>
        <BackLink href="/settings/destinations">{t("title")}</BackLink>
        <h1>{t("newTitle")}</h1>
        <Card>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {destinationKinds.map((k) => (
              <li key={k}>
                <Link href={`/settings/destinations/new?kind=${k}`}>{texts[k].label}</Link>
                <span className="text-muted-foreground"> — {texts[k].description}</span>
              </li>
            ))}
          </ul>
        </Card>
      </>
    );
  }
  return (
    <>
      <BackLink href="/settings/destinations">{t("title")}</BackLink>
      <h1>{t("newKindTitle", { kind: texts[kind].label })}</h1>
      <p className="text-muted-foreground">{texts[kind].description}</p>
      <Card>
        <DestinationForm {...await formProps(kind, texts[kind])} />
      </Card>
    </>
  );
}
