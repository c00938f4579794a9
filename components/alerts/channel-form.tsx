"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { NativeSelect } from "@/components/ui/select";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResetOnSuccess } from "@/components/ui/use-reset-on-success";
import { useResultToast } from "@/components/ui/use-result-toast";
import { createChannelAction } from "@/lib/actions/alerts/create-channel-action";
import { channelEvents } from "@/lib/alerts/events";
import { localeNames, locales } from "@/lib/i18n/locales";

/**
 * Settings → Notifications: a new channel. The URL or address is written once and never shown again.
 * zones: the time zones its alerts may be written in (lib/time-zones.ts), from the server so both renders agree.
 */
export function ChannelForm({ emailConfigured, zones }: { emailConfigured: boolean; zones: string[] }) {
  const t = useTranslations("notifications");
  const alerts = useTranslations("alerts");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(createChannelAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const form = useResetOnSuccess(state); // a refusal keeps what was typed
  const events = channelEvents.map((e) => ({ value: e.value, label: t(`event.${e.value}`) }));
  return (
    <KeptValuesForm
      ref={form}
      className="flex max-w-2xl flex-col gap-4"
      autoComplete="off"
      action={action}
      {...formProps}
    >
      <Field id="channel-kind" label={t("kind")} errors={errors("kind")}>
        <NativeSelect name="kind" defaultValue="SLACK" {...fieldAria("channel-kind", errors("kind"))}>
          <option value="SLACK">{t("kindOption.SLACK")}</option>
          <option value="TEAMS">{t("kindOption.TEAMS")}</option>
          <option value="EMAIL">{emailConfigured ? t("kindName.EMAIL") : t("kindOption.EMAIL")}</option>
        </NativeSelect>
      </Field>
      <Field id="channel-name" label={common("name")} errors={errors("name")}>
        <Input
          name="name"
          required
          maxLength={100}
          placeholder={t("namePlaceholder")}
          {...fieldAria("channel-name", errors("name"))}
        />
      </Field>
      <Field id="channel-target" label={t("target")} description={t("targetHelp")} errors={errors("target")}>
        <Input
          name="target"
          required
          maxLength={2000}
          spellCheck={false}
          placeholder={t("targetPlaceholder")}
          {...fieldAria("channel-target", errors("target"), true)}
        />
      </Field>
      <Checkboxes
        legend={t("events")}
        prefix="events"
        options={events}
        selected={["due-soon", "missed", "digest", "dead-letter", "silence"]}
        errors={errors("events")}
      />
      <Field id="channel-digest-hour" label={t("digestHour")} errors={errors("digestHour")}>
        <Input
          name="digestHour"
          type="number"
          min={0}
          max={23}
          defaultValue={8}
          className="w-24"
          {...fieldAria("channel-digest-hour", errors("digestHour"))}
        />
      </Field>
      {/* A channel has no user to take a language and a zone from: its alerts are written in these. */}
      <Field id="channel-locale" label={alerts("channelLanguage")} errors={errors("locale")}>
        <NativeSelect name="locale" defaultValue="en" {...fieldAria("channel-locale", errors("locale"))}>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="channel-time-zone" label={alerts("channelTimeZone")} errors={errors("timeZone")}>
        <NativeSelect name="timeZone" defaultValue="UTC" {...fieldAria("channel-time-zone", errors("timeZone"))}>
          {zones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </NativeSelect>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("addChannel")}
        </Button>
      </div>
      <FormError state={state} />
    </KeptValuesForm>
  );
}
