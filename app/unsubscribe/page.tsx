import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { unsubscribeLocale } from "@/lib/alerts/unsubscribe-locale";
import { readUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The token's subject and the language to speak (its user's choice, else the browser's); once per request. */
const readToken = cache(async (token: string) => {
  const subject = token ? readUnsubscribeToken(token) : null;
  const requested = await getLocale();
  const locale = await unsubscribeLocale(subject, isLocale(requested) ? requested : defaultLocale);
  return { subject, locale, t: await getTranslations({ locale, namespace: "unsubscribe" }) };
});

async function readPage(searchParams: SearchParams) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  return { params, token, ...(await readToken(token)) };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t } = await readPage(searchParams);
  return { title: t("title") };
}

// Opened from an alert e-mail, signed in or not. A button, not the link itself,
// unsubscribes: mail scanners open links, they do not press buttons.
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { params, token, subject, locale, t } = await readPage(searchParams);
  const preference = subject?.kind === "user" ? t(`preference.${subject.preference}`) : "";
  return (
    <main className="grid min-h-screen place-items-center p-4" lang={locale}>
      <Card className="mb-0 w-full max-w-md">
        <h1>{t("title")}</h1>
        {!subject ? (
          <Alert variant="error" role="alert">
            {t("invalid")}
          </Alert>
        ) : params.done ? (
          <Alert variant="success" role="status">
            {subject.kind === "user" ? t("doneUser", { preference }) : t("doneChannel")}
          </Alert>
        ) : (
          <form method="post" action="/api/unsubscribe" className="flex flex-col gap-3">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="from" value="page" />
            <p className="m-0">{subject.kind === "user" ? t("askUser", { preference }) : t("askChannel")}</p>
            <div>
              <Button type="submit">{t("button")}</Button>
            </div>
          </form>
        )}
      </Card>
    </main>
  );
}
