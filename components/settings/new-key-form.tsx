"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResultToast } from "@/components/ui/use-result-toast";
import { createKeyAction } from "@/lib/actions/webhook-keys/create-key-action";

export function NewKeyForm() {
  const t = useTranslations("webhooks.create");
  const [state, action, pending] = useActionState(createKeyAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  return (
    <KeptValuesForm {...formProps} action={action} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <Field id="key-label" label={t("label")} errors={errors("label")} className="min-w-0 flex-[1_1_16rem]">
          <Input
            {...fieldAria("key-label", errors("label"))}
            name="label"
            placeholder={t("labelPlaceholder")}
            required
            maxLength={100}
          />
        </Field>
        {/* Aligned with the input, below the field's label. */}
        <Button type="submit" disabled={pending} className="sm:mt-[1.625rem]">
          {pending ? t("creating") : t("submit")}
        </Button>
      </div>
      {state && !state.ok && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      {state?.ok && state.data && (
        <Alert variant="success">
          <p className="mt-0 mb-2 text-foreground">{t("urlShownOnce")}</p>
          <code className="block rounded-md bg-muted px-2.5 py-1.5 break-all text-foreground" data-testid="webhook-url">
            {state.data.url}
          </code>
        </Alert>
      )}
    </KeptValuesForm>
  );
}
