import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EncryptionKeyNotice } from "@/components/destinations/encryption-key-notice";
import { HealthSummary, SuccessRate } from "@/components/destinations/health-summary";
import { SendTestButton } from "@/components/destinations/send-test-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { listDestinations } from "@/lib/destinations/list-destinations";
import { destinationKinds } from "@/lib/destinations/types";
import { encryptionKeyStatus } from "@/lib/security/encryption-key-status";
import { destinationTexts } from "./destination-texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("destinations"))("title") };
}

export default async function DestinationsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string; cancelled?: string }>;
}) {
  await requirePageUser("ADMIN", "/settings/destinations");
  const [destinations, { deleted, cancelled }, texts, t, common] = await Promise.all([
    listDestinations(),
    searchParams,
    destinationTexts(),
    getTranslations("destinations"),
    getTranslations("common"),
  ]);
  const cancelledCount = Number(cancelled) || 0;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-muted-foreground">{t("intro")}</p>
      {deleted && (
        <Alert variant="success" role="status" className="mb-4">
          {t("deleted", { cancelled: cancelledCount })}
        </Alert>
      )}
      <EncryptionKeyNotice status={encryptionKeyStatus()} />
      <Card>
        <CardHeader title={t("add")} />
        <div className="flex flex-wrap gap-2">
          {destinationKinds.map((kind) => (
            <Link
              key={kind}
              className={buttonVariants({ variant: "outline", size: "sm" })}
              href={`/settings/destinations/new?kind=${kind}`}
              title={texts[kind].description}
            >
              {texts[kind].label}
            </Link>
          ))}
        </div>
      </Card>
      {destinations.length === 0 ? (
        <Card className="py-12 text-center">
          <h2 className="mt-0">{t("emptyTitle")}</h2>
          <p className="text-muted-foreground">{t("emptyText")}</p>
        </Card>
      ) : (
        <Card className="p-0">
          <Table containerClassName="rounded-lg">
            <TableHeader>
              <TableRow>
                <TableHead>{common("name")}</TableHead>
                <TableHead>{t("kind")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("health.title")}</TableHead>
                <TableHead>{t("health.rate")}</TableHead>
                <TableHead>{t("queue")}</TableHead>
                <TableHead>
                  <span className="sr-only">{common("actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {destinations.map((d) => (
                <TableRow key={d.id} data-testid={`destination-${d.name}`}>
                  <TableCell className="py-2">
                    <Link href={`/settings/destinations/${d.id}`}>{d.name}</Link>
                  </TableCell>
                  <TableCell>{texts[d.kind].label}</TableCell>
                  <TableCell>
                    <Badge variant={d.enabled ? "success" : "default"}>
                      {d.enabled ? common("enabled") : common("disabled")}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    <HealthSummary health={d.health} />
                  </TableCell>
                  <TableCell>
                    <SuccessRate health={d.health} />
                  </TableCell>
                  <TableCell>
                    <div>{t("queued", { count: d.health.queued })}</div>
                    {d.health.dead > 0 && <Badge variant="destructive">{t("failed", { count: d.health.dead })}</Badge>}
                  </TableCell>
                  <TableCell className="min-w-48">
                    <SendTestButton id={d.id} kind={d.kind} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </>
  );
}
