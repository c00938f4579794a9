"use client";

// Status, owner and notes for one lead. The server decides (and explains)
// what is allowed; the form only offers the obvious choices.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
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

export function TriagePanel({ leadId, status, ownerId, doNotContact, users }: Props) {
  const [statusState, changeStatus, statusPending] = useActionState(triageLeadAction, null);
  const [ownerState, changeOwner, ownerPending] = useActionState(triageLeadAction, null);
  const [noteState, addNote, notePending] = useActionState(addNoteAction, null);
  const [next, setNext] = useState<LeadStatus>(status);
  const t = useTranslations("lead");
  const domain = useTranslations("domain");
  return (
    <div className="triage">
      <form action={changeStatus} className="form-row">
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="status" />
        <label>
          {t("triage.status")}
          <select name="status" value={next} onChange={(e) => setNext(e.target.value as LeadStatus)}>
            {leadStatuses.map((s) => (
              <option key={s} value={s}>
                {s === "CONTACTED" && doNotContact
                  ? t("triage.notAllowedDnc", { status: domain(`status.${s}`) })
                  : domain(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {next === "DISQUALIFIED" && (
          <label>
            {t("triage.reason")}
            <input name="reason" required maxLength={500} placeholder={t("triage.reasonPlaceholder")} />
            <FieldError state={statusState} name="reason" />
          </label>
        )}
        <button type="submit" disabled={statusPending}>
          {t("triage.setStatus")}
        </button>
      </form>
      <FormMessage state={statusState} />
      <form action={changeOwner} className="form-row">
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="owner" />
        <label>
          {t("triage.owner")}
          <OwnerSelect users={users} name="ownerId" defaultValue={ownerId ?? ""} key={ownerId ?? ""} />
        </label>
        <button type="submit" disabled={ownerPending}>
          {t("triage.assign")}
        </button>
      </form>
      <FormMessage state={ownerState} />
      <form action={addNote} className="form">
        <input type="hidden" name="leadId" value={leadId} />
        <label>
          {t("triage.note")}
          <textarea name="note" rows={3} maxLength={5000} required />
          <FieldError state={noteState} name="note" />
        </label>
        <button type="submit" className="secondary" disabled={notePending}>
          {t("triage.addNote")}
        </button>
      </form>
      <FormMessage state={noteState} />
    </div>
  );
}
