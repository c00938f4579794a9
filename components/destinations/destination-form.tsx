"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResultToast } from "@/components/ui/use-result-toast";
import { saveDestinationAction } from "@/lib/actions/destinations/save-destination-action";
import type { FieldHint } from "@/lib/destinations/form-fields";
import type { FilterChoices } from "@/lib/destinations/filter-options";
import type { DestinationKind } from "@/lib/destinations/types";

export interface DestinationFormProps {
  kind: DestinationKind;
  /** The kind's settings, labels and hints already in the viewer's language (form-props.ts). */
  fields: FieldHint[];
  filters: FilterChoices;
  /** Absent when creating. Secrets are never part of it: only which ones are stored. */
  current?: {
    id: string;
    name: string;
    enabled: boolean;
    sources: string[];
    actions: string[];
    stages: string[];
    includeTest: boolean;
    includeDoNotContact: boolean;
    config: Record<string, unknown>;
    storedSecrets: string[];
    headerNames: Record<string, string[]>;
  };
}

function initialText(field: FieldHint, current: DestinationFormProps["current"]): string {
  if (field.input === "headers") return (current?.headerNames[field.name] ?? []).map((h) => `${h}: `).join("\n");
  if (field.input === "mapping") {
    // A destination saved before mappings existed sends the defaults: show them.
    const map = (current?.config[field.name] ?? field.default ?? {}) as Record<string, string>;
    return Object.entries(map)
      .map(([crm, lead]) => `${crm} = ${lead}`)
      .join("\n");
  }
  if (field.secret) return "";
  const value = current ? current.config[field.name] : field.default;
  return typeof value === "string" ? value : "";
}

export function DestinationForm({ kind, fields, filters, current }: DestinationFormProps) {
  const t = useTranslations("destinations.form");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState(saveDestinationAction, null);
  const { formProps, errors } = useFormChecks(state, (control) =>
    control.validity.typeMismatch ? t("invalidUrl") : undefined,
  );
  useResultToast(state);
  const router = useRouter();
  const createdId = !current && state?.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/settings/destinations/${createdId}`);
  }, [createdId, router]);

  return (
    <KeptValuesForm {...formProps} className="flex max-w-2xl flex-col gap-4" autoComplete="off" action={action}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={current?.id ?? ""} />
      {state && !state.ok && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <Field id="destination-name" label={common("name")} errors={errors("name")}>
        <Input
          {...fieldAria("destination-name", errors("name"))}
          name="name"
          required
          maxLength={100}
          defaultValue={current?.name ?? ""}
          placeholder={t("namePlaceholder")}
        />
      </Field>

      {fields.map((field) => {
        const name = `config.${field.name}`;
        const id = `destination-${field.name}`;
        const stored = current?.storedSecrets.includes(field.name) ?? false;
        const hint = [
          field.hint,
          field.secret && stored && t("storedSecret"),
          field.input === "headers" && current && t("storedHeaders"),
        ]
          .filter(Boolean)
          .join(" ");
        const aria = fieldAria(id, errors(name), true);
        return (
          <div key={field.name} className="flex flex-col gap-2">
            <Field id={id} label={field.label} description={hint} errors={errors(name)}>
              {field.input === "headers" ? (
                <Textarea
                  {...aria}
                  name={name}
                  rows={3}
                  defaultValue={initialText(field, current)}
                  placeholder={t("headersPlaceholder")}
                  spellCheck={false}
                  className="font-mono"
                />
              ) : field.input === "mapping" ? (
                <Textarea
                  {...aria}
                  name={name}
                  rows={10}
                  defaultValue={initialText(field, current)}
                  spellCheck={false}
                  className="font-mono"
                />
              ) : (
                <Input
                  {...aria}
                  name={name}
                  type={field.secret ? "password" : field.input === "url" ? "url" : "text"}
                  defaultValue={initialText(field, current)}
                  placeholder={field.secret && stored ? t("unchangedSecret") : (field.placeholder ?? "")}
                  required={field.required && !(field.secret && stored)}
                  autoComplete={field.secret ? "new-password" : "off"}
                  spellCheck={false}
                />
              )}
            </Field>
            {field.secret && stored && !field.required && field.input !== "headers" && (
              <Label className="font-normal">
                <Checkbox name={`clear.${field.name}`} /> {t("clearSecret", { field: field.label })}
              </Label>
            )}
          </div>
        );
      })}

      <div>
        <h3 className="m-0 text-base font-semibold">{t("filtersHeading")}</h3>
        <p className="m-0 text-sm text-muted-foreground">{t("filtersHelp")}</p>
      </div>
      <Checkboxes legend={t("sources")} prefix="source" options={filters.sources} selected={current?.sources ?? []} />
      <Checkboxes legend={t("actions")} prefix="action" options={filters.actions} selected={current?.actions ?? []} />
      <Checkboxes legend={t("stages")} prefix="stage" options={filters.stages} selected={current?.stages ?? []} />
      <Label className="font-normal">
        <Checkbox name="includeTest" defaultChecked={current?.includeTest ?? false} /> {t("includeTest")}
      </Label>
      <Label className="font-normal">
        <Checkbox name="includeDoNotContact" defaultChecked={current?.includeDoNotContact ?? false} />
        {t("includeDoNotContact")}
      </Label>
      <Label className="font-normal">
        <Checkbox name="enabled" defaultChecked={current?.enabled ?? true} /> {common("enabled")}
      </Label>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : current ? t("saveChanges") : t("create")}
        </Button>
      </div>
    </KeptValuesForm>
  );
}
