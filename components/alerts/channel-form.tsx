"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkboxes } from "@/components/ui/checkboxes";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { createChannelAction } from "@/lib/actions/alerts/create-channel-action";
import { channelEvents } from "@/lib/alerts/events";
import { localeNames, locales } from "@/lib/i18n/locales";

/**
 * Settings → Notifications: a new channel. The URL or address is written once and never shown again.
 * zones: the time zones to offer (lib/time-zones.ts), from the server so both renders list the same.
 */
export function ChannelForm({ emailConfigured, zones }: { emailConfigured: boolean; zones: string[] }) {
  const [state, action, pending] = useActionState(createChannelAction, null);
  const t = useTranslations("alerts");
  return (
    <KeptValuesForm className="form" style={{ maxWidth: "40rem" }} autoComplete="off" action={action}>
      <label>
        Kind
        <select name="kind" defaultValue="SLACK">
          <option value="SLACK">Slack (incoming webhook)</option>
          <option value="TEAMS">Microsoft Teams (workflow webhook)</option>
          <option value="EMAIL">{emailConfigured ? "E-mail" : "E-mail (not configured: nothing will be sent)"}</option>
        </select>
        <FieldError state={state} name="kind" />
      </label>
      <label>
        Name
        <input name="name" required maxLength={100} placeholder="Sales channel" />
        <FieldError state={state} name="name" />
      </label>
      <label>
        Webhook URL or e-mail address
        <input
          name="target"
          required
          maxLength={2000}
          spellCheck={false}
          placeholder="https://hooks.slack.com/services/…"
        />
        <span className="muted small">
          Kept encrypted and never shown again; to change it, delete the channel and add it anew.
        </span>
        <FieldError state={state} name="target" />
      </label>
      <Checkboxes
        legend="Events"
        prefix="events"
        options={channelEvents}
        selected={["due-soon", "missed", "digest", "dead-letter", "silence"]}
      />
      <FieldError state={state} name="events" />
      <label>
        Daily digest at (hour, UTC)
        <input name="digestHour" type="number" min={0} max={23} defaultValue={8} style={{ maxWidth: "6rem" }} />
        <FieldError state={state} name="digestHour" />
      </label>
      <label>
        {t("channelLanguage")}
        <select name="locale" defaultValue="en">
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
        <FieldError state={state} name="locale" />
      </label>
      <label>
        {t("channelTimeZone")}
        <select name="timeZone" defaultValue="UTC">
          {zones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
        <FieldError state={state} name="timeZone" />
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add channel"}
        </button>
      </div>
      <FormMessage state={state} />
    </KeptValuesForm>
  );
}
