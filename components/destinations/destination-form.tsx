"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { Checkboxes, checkLabel } from "@/components/ui/checkboxes";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { saveDestinationAction } from "@/lib/actions/destinations/save-destination-action";
import type { FieldHint } from "@/lib/destinations/form-fields";
import type { DestinationKind } from "@/lib/destinations/types";

interface Option {
  value: string;
  label: string;
}

export interface DestinationFormProps {
  kind: DestinationKind;
  fields: FieldHint[];
  filters: { sources: readonly Option[]; actions: readonly Option[]; stages: readonly Option[] };
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
  const [state, action, pending] = useActionState(saveDestinationAction, null);
  const router = useRouter();
  const createdId = !current && state?.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/settings/destinations/${createdId}`);
  }, [createdId, router]);

  return (
    <KeptValuesForm className="form" style={{ maxWidth: "40rem" }} autoComplete="off" action={action}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={current?.id ?? ""} />
      <label>
        Name
        <input name="name" required maxLength={100} defaultValue={current?.name ?? ""} placeholder="e.g. Sales CRM" />
        <FieldError state={state} name="name" />
      </label>

      {fields.map((field) => {
        const name = `config.${field.name}`;
        const stored = current?.storedSecrets.includes(field.name) ?? false;
        const hint =
          field.secret && stored ? `${field.hint} Stored and encrypted — leave blank to keep it.` : field.hint;
        return (
          <div key={field.name} style={{ display: "flex", flexDirection: "column", gap: "0.3rem" }}>
            <label>
              {field.label}
              {field.input === "headers" ? (
                <textarea
                  name={name}
                  rows={3}
                  defaultValue={initialText(field, current)}
                  placeholder={"Authorization: Bearer …\nx-api-key: …"}
                  spellCheck={false}
                />
              ) : field.input === "mapping" ? (
                <textarea
                  name={name}
                  rows={10}
                  defaultValue={initialText(field, current)}
                  spellCheck={false}
                  style={{ fontFamily: "ui-monospace, monospace" }}
                />
              ) : (
                <input
                  name={name}
                  type={field.secret ? "password" : field.input === "url" ? "url" : "text"}
                  defaultValue={initialText(field, current)}
                  placeholder={field.secret && stored ? "•••••••• (unchanged)" : (field.placeholder ?? "")}
                  required={field.required && !(field.secret && stored)}
                  autoComplete={field.secret ? "new-password" : "off"}
                  spellCheck={false}
                />
              )}
              <span className="muted" style={{ fontWeight: 400, fontSize: "0.85rem" }}>
                {field.input === "headers" && current
                  ? `${hint} Header values left blank keep their stored value.`
                  : hint}
              </span>
              <FieldError state={state} name={name} />
            </label>
            {field.secret && stored && !field.required && field.input !== "headers" && (
              <label style={checkLabel}>
                <input type="checkbox" name={`clear.${field.name}`} /> Remove the stored{" "}
                {field.label.replace(/ \(optional\)$/, "").toLowerCase()}
              </label>
            )}
          </div>
        );
      })}

      <h3 style={{ margin: "0.5rem 0 0" }}>Which leads to forward</h3>
      <p className="muted" style={{ margin: 0 }}>
        Leave a group empty to forward every value.
      </p>
      <Checkboxes legend="Sources" prefix="source" options={filters.sources} selected={current?.sources ?? []} />
      <Checkboxes legend="Actions" prefix="action" options={filters.actions} selected={current?.actions ?? []} />
      <Checkboxes legend="Funnel stages" prefix="stage" options={filters.stages} selected={current?.stages ?? []} />
      <label style={checkLabel}>
        <input type="checkbox" name="includeTest" defaultChecked={current?.includeTest ?? false} /> Include test leads
        (Partner Center validation, MSFT_TEST_…)
      </label>
      <label style={checkLabel}>
        <input type="checkbox" name="includeDoNotContact" defaultChecked={current?.includeDoNotContact ?? false} />{" "}
        Include do-not-contact leads
      </label>
      <label style={checkLabel}>
        <input type="checkbox" name="enabled" defaultChecked={current?.enabled ?? true} /> Enabled
      </label>

      <div className="inline">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : current ? "Save changes" : "Create destination"}
        </button>
      </div>
      <FormMessage state={state} />
    </KeptValuesForm>
  );
}
