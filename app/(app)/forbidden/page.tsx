import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errorPages"))("forbiddenTitle") };
}

export default async function ForbiddenPage() {
  const t = await getTranslations("errorPages");
  return (
    <Card className="px-4 py-12 text-center">
      <h1>{t("forbiddenHeading")}</h1>
      <p className="text-muted-foreground">{t("forbiddenBody")}</p>
      <Button asChild>
        <Link href="/leads">{t("backToLeads")}</Link>
      </Button>
    </Card>
  );
}
