import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewKeyForm } from "@/components/settings/new-key-form";
import { SilenceDaysForm } from "@/components/settings/silence-days-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { revokeKeyAction } from "@/lib/actions/webhook-keys/revoke-key-action";
import { requirePageUser } from "@/lib/auth/session";
import { listWebhookKeys } from "@/lib/webhook-keys/list-keys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhookKeysPage() {
  await requirePageUser("ADMIN", "/settings/webhooks");
  const [keys, t, common] = await Promise.all([
    listWebhookKeys(),
    getTranslations("webhooks"),
    getTranslations("common"),
  ]);
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <>
      <h1>{t("title")}</h1>
      <Card>
        <CardHeader title={t("create.title")} />
        <div className="mb-4 flex flex-col gap-2 text-sm text-muted-foreground">
          <p className="m-0">{t.rich("create.intro", { code })}</p>
          <p className="m-0">{t("create.silence")}</p>
        </div>
        <NewKeyForm />
      </Card>
      <Card className="p-0">
        {keys.length === 0 ? (
          <p className="m-0 p-5 text-muted-foreground">{t("empty")}</p>
        ) : (
          <Table containerClassName="rounded-lg">
            <TableHeader>
              <TableRow>
                <TableHead>{t("table.label")}</TableHead>
                <TableHead>{t("table.key")}</TableHead>
                <TableHead className="max-sm:hidden">{t("table.created")}</TableHead>
                <TableHead>{t("table.lastUsed")}</TableHead>
                <TableHead>{t("table.validation")}</TableHead>
                <TableHead>{t("table.silence")}</TableHead>
                <TableHead>
                  <span className="sr-only">{common("actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.map((k) => (
                <TableRow key={k.id} data-testid={`key-${k.label}`}>
                  <TableCell className="py-2">{k.label}</TableCell>
                  <TableCell>
                    <code>{k.prefix}…</code>
                  </TableCell>
                  <TableCell className="max-sm:hidden">
                    <LocalTime date={k.createdAt} />
                  </TableCell>
                  <TableCell>{k.lastUsedAt ? <LocalTime date={k.lastUsedAt} relative /> : t("never")}</TableCell>
                  <TableCell>
                    {k.validatedAt ? (
                      <Badge variant="success" className="whitespace-normal">
                        {t("validatedAt")} <LocalTime date={k.validatedAt} />
                      </Badge>
                    ) : (
                      <span className="text-muted-foreground">{t("notYet")}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    {k.revokedAt ? (
                      <span className="text-muted-foreground">—</span>
                    ) : (
                      <SilenceDaysForm id={k.id} label={k.label} days={k.silenceDays} />
                    )}
                  </TableCell>
                  <TableCell>
                    {k.revokedAt ? (
                      <Badge variant="destructive">
                        {t("revokedAt")} <LocalTime date={k.revokedAt} />
                      </Badge>
                    ) : (
                      <ActionButton
                        action={revokeKeyAction}
                        fields={{ id: k.id }}
                        label={t("revoke")}
                        variant="danger"
                        confirmText={t("revokeConfirm", { label: k.label })}
                        toast
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </>
  );
}
