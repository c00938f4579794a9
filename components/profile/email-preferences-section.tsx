"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Checkboxes } from "@/components/ui/checkboxes";
import { FormError } from "@/components/ui/form-feedback";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { useResultToast } from "@/components/ui/use-result-toast";
import { emailPreferencesAction } from "@/lib/actions/users/email-preferences-action";
import { userMailPreferences } from "@/lib/alerts/events";

/** Profile: which alert e-mails this user receives. Every e-mail also carries a one-click unsubscribe link. */
export function EmailPreferencesSection({ selected, configured }: { selected: string[]; configured: boolean }) {
  const t = useTranslations("profile");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(emailPreferencesAction, null);
  useResultToast(state);
  const options = userMailPreferences.map((p) => ({ value: p.value, label: t(`mail.${p.value}`) }));
  return (
    <Card aria-labelledby="email-alerts">
      <CardHeader
        title={<span id="email-alerts">{t("emailAlerts")}</span>}
        description={configured ? undefined : t("emailNotConfigured")}
      />
      <KeptValuesForm action={action} className="flex max-w-xl flex-col gap-3.5">
        <Checkboxes legend={t("emailMeWhen")} prefix="mail" options={options} selected={selected} />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? common("saving") : t("saveEmailPreferences")}
          </Button>
        </div>
        <FormError state={state} />
      </KeptValuesForm>
    </Card>
  );
}
