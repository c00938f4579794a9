"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { Checkboxes, checkLabel } from "@/components/ui/checkboxes";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { saveRuleAction } from "@/lib/actions/assignment/save-rule-action";

interface Option {
  value: string;
  label: string;
}

export interface RuleFormProps {
  users: Option[];
  filters: { sources: readonly Option[]; actions: readonly Option[]; stages: readonly Option[] };
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
    mode: "ROUND_ROBIN" | "ONE_USER" | "UNASSIGNED";
    userId: string | null;
    memberIds: string[];
    targetMinutes: number | null;
    timeZone: string | null;
    workDays: number[];
    openMinute: number;
    closeMinute: number;
  };
}

const weekDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((label, i) => ({ value: String(i + 1), label }));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const modes = [
  { value: "ROUND_ROBIN", label: "Round-robin among chosen users" },
  { value: "ONE_USER", label: "One user" },
  { value: "UNASSIGNED", label: "Leave unassigned" },
] as const;

export function RuleForm({ users, filters, current }: RuleFormProps) {
  const [state, action, pending] = useActionState(saveRuleAction, null);
  const [mode, setMode] = useState(current?.mode ?? "ROUND_ROBIN");
  const router = useRouter();
  const saved = state?.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (saved) router.push("/settings/assignment");
  }, [saved, router]);

  return (
    <KeptValuesForm className="form" style={{ maxWidth: "40rem" }} autoComplete="off" action={action}>
      <input type="hidden" name="id" value={current?.id ?? ""} />
      <label>
        Name
        <input
          name="name"
          required
          maxLength={80}
          defaultValue={current?.name ?? ""}
          placeholder="e.g. AppSource contact requests"
        />
        <FieldError state={state} name="name" />
      </label>
      {current?.isDefault ? (
        <p className="muted">The default rule takes every lead no other rule matched.</p>
      ) : (
        <>
          <h3 style={{ margin: "0.5rem 0 0" }}>Which leads</h3>
          <p className="muted" style={{ margin: 0 }}>
            Leave a group empty to match every value.
          </p>
          <Checkboxes legend="Sources" prefix="source" options={filters.sources} selected={current?.sources ?? []} />
          <Checkboxes legend="Actions" prefix="action" options={filters.actions} selected={current?.actions ?? []} />
          <Checkboxes legend="Funnel stages" prefix="stage" options={filters.stages} selected={current?.stages ?? []} />
          <label>
            Offers
            <input name="offers" defaultValue={current?.offers.join(", ") ?? ""} placeholder="publisher.offer-id, …" />
            <FieldError state={state} name="offers" />
          </label>
          <label>
            Countries
            <input
              name="countries"
              defaultValue={current?.countries.join(", ") ?? ""}
              placeholder="as the lead gives it: US, USA, Germany, …"
            />
            <FieldError state={state} name="countries" />
          </label>
        </>
      )}
      <fieldset style={{ border: "1px solid var(--line)", borderRadius: 6, padding: "0.6rem 0.8rem" }}>
        <legend>Outcome</legend>
        {modes.map((m) => (
          <label key={m.value} style={checkLabel}>
            <input
              type="radio"
              name="mode"
              value={m.value}
              checked={mode === m.value}
              onChange={() => setMode(m.value)}
            />
            {m.label}
          </label>
        ))}
        <FieldError state={state} name="mode" />
      </fieldset>
      {mode === "ONE_USER" && (
        <label>
          User
          <select name="userId" defaultValue={current?.userId ?? ""}>
            <option value="">Choose…</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="userId" />
        </label>
      )}
      {mode === "ROUND_ROBIN" && (
        <div>
          <Checkboxes
            legend="Rotation (active users, in this order)"
            prefix="member"
            options={users}
            selected={current?.memberIds ?? []}
          />
          <FieldError state={state} name="members" />
        </div>
      )}
      <h3 style={{ margin: "0.5rem 0 0" }}>Response clock</h3>
      <label>
        First response within (hours)
        <input
          name="targetHours"
          inputMode="decimal"
          defaultValue={current?.targetMinutes ? String(current.targetMinutes / 60) : ""}
          placeholder="e.g. 1, 4 or 24 — blank: no clock"
        />
        <FieldError state={state} name="targetHours" />
      </label>
      <label>
        Business hours time zone
        <input
          name="timeZone"
          defaultValue={current?.timeZone ?? ""}
          placeholder="blank: around the clock; or e.g. Europe/Lisbon"
        />
        <FieldError state={state} name="timeZone" />
      </label>
      <div className="form-row">
        <label>
          Opens
          <input name="opens" defaultValue={hhmm(current?.openMinute ?? 540)} placeholder="09:00" />
          <FieldError state={state} name="opens" />
        </label>
        <label>
          Closes
          <input name="closes" defaultValue={hhmm(current?.closeMinute ?? 1020)} placeholder="17:00" />
          <FieldError state={state} name="closes" />
        </label>
      </div>
      <Checkboxes
        legend="Working days"
        prefix="day"
        options={weekDays}
        selected={(current?.workDays ?? [1, 2, 3, 4, 5]).map(String)}
      />
      <FieldError state={state} name="days" />
      <div className="inline">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : current ? "Save rule" : "Create rule"}
        </button>
      </div>
      <FormMessage state={state} />
    </KeptValuesForm>
  );
}
