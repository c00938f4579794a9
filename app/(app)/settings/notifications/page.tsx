import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelForm } from "@/components/alerts/channel-form";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import {
  deleteChannelAction,
  sendChannelTestAction,
  setChannelEnabledAction,
} from "@/lib/actions/alerts/channel-admin-actions";
import { recentAlerts } from "@/lib/alerts/alert-log";
import { listChannels } from "@/lib/alerts/channels";
import { emailConfigured } from "@/lib/alerts/send-email";
import { requirePageUser } from "@/lib/auth/session";
import { mailConfig } from "@/lib/config/mail";
import { timeZoneChoices } from "@/lib/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("heading") };
}

// An alert's state in the log: its words (notifications.state.*) and its badge.
const states = {
  PENDING: ["pending", "default"],
  SENT: ["sent", "success"],
  DEAD: ["failed", "destructive"],
  SKIPPED: ["notSent", "default"],
} as const;
const code = (text: React.ReactNode) => <code className="font-mono text-[0.85em]">{text}</code>;
const cell = "px-3 py-2 align-top";

export default async function NotificationsPage() {
  await requirePageUser("ADMIN", "/settings/notifications");
  const [channels, log, t, common] = await Promise.all([
    listChannels(),
    recentAlerts(),
    getTranslations("notifications"),
    getTranslations("common"),
  ]);
  const mail = mailConfig(process.env);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mb-4 max-w-3xl text-muted-foreground">{t("intro")}</p>
      <Card data-testid="email-status">
        <CardHeader title={common("email")} />
        {emailConfigured() && mail ? (
          <p className="m-0 text-sm">{t.rich("emailConfigured", { from: mail.from, host: mail.url.host, code })}</p>
        ) : (
          <Alert variant="error">{t.rich("emailNotConfigured", { code })}</Alert>
        )}
      </Card>
      <Card className="p-0">
        <CardHeader title={t("channels")} className="px-5 pt-5" />
        {channels.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-muted-foreground">{t("noChannels")}</p>
        ) : (
          <Table aria-label={t("channels")}>
            <TableHeader>
              <TableRow>
                <TableHead className="px-3">{common("name")}</TableHead>
                <TableHead className="px-3">{t("kind")}</TableHead>
                <TableHead className="px-3">{t("sendsTo")}</TableHead>
                <TableHead className="px-3">{t("events")}</TableHead>
                <TableHead className="px-3">{common("actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {channels.map((c) => (
                <TableRow key={c.id} data-testid={`channel-${c.name}`}>
                  <TableCell className={cell}>
                    <span className="mr-1.5">{c.name}</span>
                    {!c.enabled && <Badge variant="destructive">{common("disabled")}</Badge>}
                  </TableCell>
                  <TableCell className={cell}>{t(`kindName.${c.kind}`)}</TableCell>
                  <TableCell className={cell}>{code(c.targetHint)}</TableCell>
                  <TableCell className={`${cell} text-sm`}>
                    {c.events.map((e) => t(`event.${e}` as "event.assigned")).join(", ")}
                    {c.events.includes("digest")
                      ? ` ${t("digestAt", { hour: String(c.digestHour).padStart(2, "0") })}`
                      : ""}
                  </TableCell>
                  <TableCell className={cell}>
                    <div className="flex flex-wrap items-start gap-1.5">
                      <ActionButton
                        action={sendChannelTestAction}
                        fields={{ id: c.id }}
                        label={t("sendTest")}
                        pendingLabel={t("sending")}
                        variant="secondary"
                        toast
                      />
                      <ActionButton
                        action={setChannelEnabledAction}
                        fields={{ id: c.id, enabled: String(!c.enabled) }}
                        label={c.enabled ? t("disable") : t("enable")}
                        variant="secondary"
                        confirmText={c.enabled ? t("confirmDisable", { name: c.name }) : undefined}
                        toast
                      />
                      <ActionButton
                        action={deleteChannelAction}
                        fields={{ id: c.id }}
                        label={common("delete")}
                        variant="danger"
                        confirmText={t("confirmDelete", { name: c.name })}
                        toast
                      />
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <Card>
        <CardHeader title={t("addChannelTitle")} description={t("addChannelHelp")} />
        <ChannelForm emailConfigured={emailConfigured()} zones={timeZoneChoices()} />
      </Card>
      <Card className="p-0">
        <CardHeader title={t("recentAlerts")} className="px-5 pt-5" />
        {log.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-muted-foreground">{t("noAlerts")}</p>
        ) : (
          <Table data-testid="alert-log" aria-label={t("recentAlerts")}>
            <TableHeader>
              <TableRow>
                <TableHead className="px-3">{t("when")}</TableHead>
                <TableHead className="px-3">{t("alert")}</TableHead>
                <TableHead className="px-3">{t("to")}</TableHead>
                <TableHead className="px-3">{t("state")}</TableHead>
                <TableHead className="px-3">{t("attempts")}</TableHead>
                <TableHead className="px-3">{t("lastError")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.map((a) => {
                const [word, variant] = states[a.state];
                return (
                  <TableRow key={a.id}>
                    <TableCell className={cell}>
                      <LocalTime date={a.createdAt} />
                    </TableCell>
                    <TableCell className={cell}>{a.subject}</TableCell>
                    <TableCell className={cell}>
                      {a.channel
                        ? t("toChannel", { name: a.channel.name, kind: t(`kindName.${a.channel.kind}`) })
                        : (a.email ?? t("nobody"))}
                    </TableCell>
                    <TableCell className={cell}>
                      <Badge variant={variant}>{t(`alertState.${word}`)}</Badge>
                    </TableCell>
                    <TableCell className={cell}>{a.attempts}</TableCell>
                    <TableCell className={`${cell} text-sm`}>{a.lastError ?? ""}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Card>
    </>
  );
}
