"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResultToast } from "@/components/ui/use-result-toast";
import { setSilenceDaysAction } from "@/lib/actions/webhook-keys/set-silence-days-action";

/** The silence watchdog's threshold for one webhook key. */
export function SilenceDaysForm({ id, label, days }: { id: string; label: string; days: number }) {
  const t = useTranslations("webhooks.silence");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(setSilenceDaysAction, null);
  const { formProps, errors } = useFormChecks(state, (input) =>
    input.validity.badInput || input.validity.stepMismatch ? t("wholeDays") : t("range", { min: 1, max: 365 }),
  );
  useResultToast(state);
  const inputId = `silence-${id}`;
  const problems = errors("silenceDays") ?? (state && !state.ok && state.message ? [state.message] : undefined);
  return (
    <KeptValuesForm {...formProps} action={action} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <div className="flex items-center gap-1.5">
        <Input
          id={inputId}
          name="silenceDays"
          type="number"
          min={1}
          max={365}
          step={1}
          required
          defaultValue={days}
          aria-label={t("label", { key: label })}
          aria-invalid={problems ? true : undefined}
          aria-describedby={problems ? `${inputId}-error` : undefined}
          className="h-8 w-20"
        />
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {common("save")}
        </Button>
      </div>
      {problems ? (
        <p id={`${inputId}-error`} className="m-0 max-w-48 text-xs text-destructive">
          {problems.join(" ")}
        </p>
      ) : null}
    </KeptValuesForm>
  );
}
