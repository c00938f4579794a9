"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { NativeSelect } from "@/components/ui/select";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResultToast } from "@/components/ui/use-result-toast";
import { createChannelAction } from "@/lib/actions/alerts/create-channel-action";
import { channelEvents } from "@/lib/alerts/events";

/** Settings → Notifications: a new channel. The URL or address is written once and never shown again. */
export function ChannelForm({ emailConfigured }: { emailConfigured: boolean }) {
  const t = useTranslations("notifications");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(createChannelAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const form = useRef<HTMLFormElement>(null);
  // What was typed stays after a refusal; a channel added clears the form for the next one.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
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
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("addChannel")}
        </Button>
      </div>
      <FormError state={state} />
    </KeptValuesForm>
  );
}
