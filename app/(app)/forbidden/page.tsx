import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errorPages"))("forbiddenTitle") };
}

export default async function ForbiddenPage() {
  const t = await getTranslations("errorPages");
  return (
    <section className="panel empty">
      <h1>{t("forbiddenHeading")}</h1>
      <p className="muted">{t("forbiddenBody")}</p>
      <Link className="button" href="/leads">
        {t("backToLeads")}
      </Link>
    </section>
  );
}
