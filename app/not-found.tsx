import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errorPages");
  return (
    <main className="centered">
      <div className="panel empty w-full max-w-sm">
        <h1>{t("notFoundTitle")}</h1>
        <p className="muted">{t("notFoundBody")}</p>
        <Link className="button" href="/">
          {t("toOverview")}
        </Link>
      </div>
    </main>
  );
}
