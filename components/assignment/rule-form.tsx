"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup, ChoiceLabel, Checkboxes } from "@/components/ui/checkboxes";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { NativeSelect } from "@/components/ui/select";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResultToast } from "@/components/ui/use-result-toast";
import { saveRuleAction } from "@/lib/actions/assignment/save-rule-action";
import { isoWeekDays, weekdayName } from "@/lib/assignment/weekdays";
import type { FilterChoices, FilterOption } from "@/lib/destinations/filter-options";
// The generated enums file holds only constants (no Prisma runtime), so a client component may load it.
import { AssignmentMode } from "@/lib/generated/prisma/enums";

export interface RuleFormProps {
  users: FilterOption[];
  filters: FilterChoices;
  /** Absent when creating. */
  current?: {
    id: string;
    isDefault: boolean;
    name: string;
    sources: string[];
    actions: string[];
    offers: string[];
    countries: string[];
    stages: string[];
    mode: AssignmentMode;
    userId: string | null;
    memberIds: string[];
    targetMinutes: number | null;
    timeZone: string | null;
    workDays: number[];
    openMinute: number;
    closeMinute: number;
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
/** The schema's enum, in its order. */
const modes = Object.values(AssignmentMode);
// Each mode's label key, written out (the messages test looks for each key in the code);
// `satisfies`: a mode added to or dropped from the schema fails the build here.
const modeLabels = {
  ROUND_ROBIN: "mode.ROUND_ROBIN",
  ONE_USER: "mode.ONE_USER",
  UNASSIGNED: "mode.UNASSIGNED",
} as const satisfies Record<AssignmentMode, string>;

export function RuleForm({ users, filters, current }: RuleFormProps) {
  const t = useTranslations("assignment");
  const common = useTranslations("common");
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveRuleAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const [mode, setMode] = useState(current?.mode ?? "ROUND_ROBIN");
  const router = useRouter();
  const saved = state?.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (saved) router.push("/settings/assignment");
  }, [saved, router]);
  const weekDays = isoWeekDays.map((d) => ({ value: String(d), label: weekdayName(d, locale) }));
  // One text field: its label, inline errors and the control's attributes.
  const text = (name: string, label: string, props: React.ComponentProps<"input">) => (
    <Field id={`rule-${name}`} label={label} errors={errors(name)}>
      <Input name={name} {...props} {...fieldAria(`rule-${name}`, errors(name))} />
    </Field>
  );

  return (
    <KeptValuesForm className="flex max-w-2xl flex-col gap-4" autoComplete="off" action={action} {...formProps}>
      <input type="hidden" name="id" value={current?.id ?? ""} />
      {text("name", common("name"), {
        required: true,
        maxLength: 80,
        defaultValue: current?.name ?? "",
        placeholder: t("namePlaceholder"),
      })}
      {current?.isDefault ? (
        <p className="m-0 text-sm text-muted-foreground">{t("defaultRuleNote")}</p>
      ) : (
        <>
          <div>
            <h3 className="m-0 text-sm font-semibold">{t("whichLeads")}</h3>
            <p className="m-0 text-sm text-muted-foreground">{t("emptyMatchesAll")}</p>
          </div>
          <Checkboxes
            legend={t("sources")}
            prefix="source"
            options={filters.sources}
            selected={current?.sources ?? []}
          />
          <Checkboxes
            legend={t("actions")}
            prefix="action"
            options={filters.actions}
            selected={current?.actions ?? []}
          />
          <Checkboxes legend={t("stages")} prefix="stage" options={filters.stages} selected={current?.stages ?? []} />
          {text("offers", t("offers"), {
            defaultValue: current?.offers.join(", ") ?? "",
            placeholder: t("offersPlaceholder"),
          })}
          {text("countries", t("countries"), {
            defaultValue: current?.countries.join(", ") ?? "",
            placeholder: t("countriesPlaceholder"),
          })}
        </>
      )}
      <ChoiceGroup legend={t("outcome")} errorId="rule-mode-error" errors={errors("mode")}>
        {modes.map((m) => (
          <ChoiceLabel key={m}>
            <input
              type="radio"
              className="size-4 accent-primary"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t(modeLabels[m])}
          </ChoiceLabel>
        ))}
      </ChoiceGroup>
      {mode === "ONE_USER" && (
        <Field id="rule-userId" label={t("user")} errors={errors("userId")}>
          <NativeSelect
            name="userId"
            defaultValue={current?.userId ?? ""}
            {...fieldAria("rule-userId", errors("userId"))}
          >
            <option value="">{t("chooseUser")}</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
      )}
      {mode === "ROUND_ROBIN" && (
        <Checkboxes
          legend={t("rotation")}
          prefix="member"
          options={users}
          selected={current?.memberIds ?? []}
          errors={errors("members")}
        />
      )}
      <h3 className="m-0 text-sm font-semibold">{t("responseClock")}</h3>
      {text("targetHours", t("targetHours"), {
        inputMode: "decimal",
        defaultValue: current?.targetMinutes ? String(current.targetMinutes / 60) : "",
        placeholder: t("targetPlaceholder"),
      })}
      {text("timeZone", t("timeZone"), {
        defaultValue: current?.timeZone ?? "",
        placeholder: t("timeZonePlaceholder"),
      })}
      <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
        {text("opens", t("opens"), { defaultValue: hhmm(current?.openMinute ?? 540), placeholder: "09:00" })}
        {text("closes", t("closes"), { defaultValue: hhmm(current?.closeMinute ?? 1020), placeholder: "17:00" })}
      </div>
      <Checkboxes
        legend={t("workingDays")}
        prefix="day"
        options={weekDays}
        selected={(current?.workDays ?? [1, 2, 3, 4, 5]).map(String)}
        errors={errors("days")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : current ? t("saveRule") : t("createRule")}
        </Button>
      </div>
      <FormError state={state} />
    </KeptValuesForm>
  );
}
