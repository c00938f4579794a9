"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/select";
import { useResultToast } from "@/components/ui/use-result-toast";
import { setTimeZoneAction } from "@/lib/actions/profile/set-time-zone-action";

/** Profile: the zone every date is shown in (the browser's, stored on the first visit). */
export function TimeZoneSection({ timeZone, zones }: { timeZone: string | null; zones: string[] }) {
  const t = useTranslations("profile");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(setTimeZoneAction, null);
  useResultToast(state);
  const errors = state?.fieldErrors?.timeZone;
  return (
    <Card aria-labelledby="time-zone">
      <CardHeader title={<span id="time-zone">{t("timeZone")}</span>} description={t("timeZoneAbout")} />
      <form action={action} className="flex flex-wrap items-end gap-2">
        <Field id="profile-time-zone" label={t("timeZone")} errors={errors}>
          <NativeSelect name="timeZone" defaultValue={timeZone ?? "UTC"} {...fieldAria("profile-time-zone", errors)}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : t("saveTimeZone")}
        </Button>
      </form>
    </Card>
  );
}
