import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { unsubscribeWhat } from "@/lib/alerts/unsubscribe-what";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("unsubscribeTitle") };
}
export const dynamic = "force-dynamic";

// Opened from an alert e-mail, signed in or not. A button, not the link itself,
// unsubscribes: mail scanners open links, they do not press buttons.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const subject = token ? readUnsubscribeToken(token) : null;
  const t = await getTranslations("alerts");
  const what = subject && unsubscribeWhat(subject, await getTranslations());
  return (
    <main className="centered">
      <div className="panel card">
        <h1>{t("unsubscribeTitle")}</h1>
        {!what ? (
          <p className="alert error" role="alert">
            {t("unsubscribeInvalid")}
          </p>
        ) : params.done ? (
          <p className="alert ok" role="status">
            {t("unsubscribePageDone", { what })}
          </p>
        ) : (
          <form method="post" action="/api/unsubscribe" className="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="from" value="page" />
            <p>{t("unsubscribeAsk", { what })}</p>
            <div>
              <button type="submit">{t("unsubscribeTitle")}</button>
            </div>
          </form>
        )}
      </div>
    </main>
  );
}
