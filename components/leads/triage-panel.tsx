"use client";

// Status, owner and notes for one lead. The server decides (and explains)
// what is allowed; the form only offers the obvious choices. Each form checks
// its fields inline, reports its result as a toast and keeps a refusal beside it.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResetOnSuccess } from "@/components/ui/use-reset-on-success";
import { useResultToast } from "@/components/ui/use-result-toast";
import { addNoteAction } from "@/lib/actions/leads/add-note-action";
import { triageLeadAction } from "@/lib/actions/leads/triage-lead-action";
import { leadStatuses, type LeadStatus } from "@/lib/leads/statuses";
import type { UserOption } from "./bulk-bar";
import { OwnerSelect } from "@/components/users/owner-select";

interface Props {
  leadId: string;
  status: LeadStatus;
  ownerId: string | null;
  doNotContact: boolean;
  users: UserOption[];
}

/** A row of fields with the submit button at their foot; wraps on a narrow screen. */
const row = "flex flex-wrap items-end gap-3 [&>[data-slot=field]]:flex-[1_1_12rem]";

export function TriagePanel({ leadId, status, ownerId, doNotContact, users }: Props) {
  return (
    <div className="mt-3 flex flex-col gap-4">
      <StatusForm leadId={leadId} status={status} doNotContact={doNotContact} />
      <OwnerForm leadId={leadId} ownerId={ownerId} users={users} />
      <NoteForm leadId={leadId} />
    </div>
  );
}

function StatusForm({ leadId, status, doNotContact }: Pick<Props, "leadId" | "status" | "doNotContact">) {
  const [state, action, pending] = useActionState(triageLeadAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const [next, setNext] = useState<LeadStatus>(status);
  const t = useTranslations("lead");
  const domain = useTranslations("domain");
  return (
    <div className="flex flex-col gap-2">
      <KeptValuesForm {...formProps} action={action} className={row}>
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="status" />
        <Field id="triage-status" label={t("triage.status")} errors={errors("status")}>
          <NativeSelect
            {...fieldAria("triage-status", errors("status"))}
            name="status"
            value={next}
            onChange={(e) => setNext(e.target.value as LeadStatus)}
            className="w-full"
          >
            {leadStatuses.map((s) => (
              <option key={s} value={s}>
                {s === "CONTACTED" && doNotContact
                  ? t("triage.notAllowedDnc", { status: domain(`status.${s}`) })
                  : domain(`status.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        {next === "DISQUALIFIED" && (
          <Field id="triage-reason" label={t("triage.reason")} errors={errors("reason")}>
            <Input
              {...fieldAria("triage-reason", errors("reason"))}
              name="reason"
              required
              maxLength={500}
              placeholder={t("triage.reasonPlaceholder")}
            />
          </Field>
        )}
        <Button type="submit" disabled={pending}>
          {t("triage.setStatus")}
        </Button>
      </KeptValuesForm>
      <FormError state={state} />
    </div>
  );
}

function OwnerForm({ leadId, ownerId, users }: Pick<Props, "leadId" | "ownerId" | "users">) {
  const [state, action, pending] = useActionState(triageLeadAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const t = useTranslations("lead");
  return (
    <div className="flex flex-col gap-2">
      <KeptValuesForm {...formProps} action={action} className={row}>
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="owner" />
        <Field id="triage-owner" label={t("triage.owner")} errors={errors("ownerId")}>
          <OwnerSelect
            {...fieldAria("triage-owner", errors("ownerId"))}
            users={users}
            name="ownerId"
            defaultValue={ownerId ?? ""}
            key={ownerId ?? ""}
            className="h-9 w-full"
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {t("triage.assign")}
        </Button>
      </KeptValuesForm>
      <FormError state={state} />
    </div>
  );
}

function NoteForm({ leadId }: Pick<Props, "leadId">) {
  const [state, action, pending] = useActionState(addNoteAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const t = useTranslations("lead");
  const form = useResetOnSuccess(state); // the note is kept while it is refused, cleared once saved
  return (
    <div className="flex flex-col gap-2">
      <KeptValuesForm {...formProps} ref={form} action={action} className="flex flex-col items-start gap-3">
        <input type="hidden" name="leadId" value={leadId} />
        <Field id="triage-note" label={t("triage.note")} errors={errors("note")} className="w-full">
          <Textarea {...fieldAria("triage-note", errors("note"))} name="note" rows={3} maxLength={5000} required />
        </Field>
        <Button type="submit" variant="outline" disabled={pending}>
          {t("triage.addNote")}
        </Button>
      </KeptValuesForm>
      <FormError state={state} />
    </div>
  );
}
