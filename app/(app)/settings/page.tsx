import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { requirePageUser } from "@/lib/auth/session";
import { countFailedReceipts, lastValidation } from "@/lib/ingest/list-receipts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("heading") };
}

// One card per settings page: its name in messages (settings.section.<name>, about.<name>, manage.<name>) and its path.
const sections = [
  ["webhooks", "/settings/webhooks"],
  ["receipts", "/settings/receipts"],
  ["destinations", "/settings/destinations"],
  ["assignment", "/settings/assignment"],
  ["notifications", "/settings/notifications"],
  ["users", "/settings/users"],
] as const;

export default async function SettingsPage() {
  await requirePageUser("ADMIN", "/settings");
  const [failed, validation, t] = await Promise.all([
    countFailedReceipts(),
    lastValidation(),
    getTranslations("settings"),
  ]);
  const key = validation?.receipt.webhookKey?.label;
  return (
    <>
      <h1>{t("heading")}</h1>
      {validation && (
        <Alert variant="success" className="mb-4">
          {t.rich(key ? "validatedWithKey" : "validated", {
            key: key ?? "",
            time: () => <LocalTime date={validation.receivedAt} />,
          })}
        </Alert>
      )}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(16rem,1fr))] gap-4">
        {sections.map(([name, href]) => (
          <Card key={name} className="mb-0 flex flex-col">
            <CardHeader
              className="mb-2"
              title={t(`section.${name}`)}
              description={
                name !== "receipts"
                  ? t(`about.${name}`)
                  : failed === 0
                    ? t("receiptsNoneFailed")
                    : t("receiptsFailed", { count: failed })
              }
            />
            <Link href={href} className="mt-auto text-sm">
              {t(`manage.${name}`)}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
