"use client";

// Status, owner and notes for one lead. The server decides (and explains)
// what is allowed; the form only offers the obvious choices.
import { useActionState, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { addNoteAction } from "@/lib/actions/leads/add-note-action";
import { triageLeadAction } from "@/lib/actions/leads/triage-lead-action";
import { leadStatuses, statusLabels, type LeadStatus } from "@/lib/leads/statuses";
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
  return (
    <div className="triage">
      <form action={changeStatus} className="form-row">
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="status" />
        <label>
          Status
          <select name="status" value={next} onChange={(e) => setNext(e.target.value as LeadStatus)}>
            {leadStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
                {s === "CONTACTED" && doNotContact ? " (not allowed: do not contact)" : ""}
              </option>
            ))}
          </select>
        </label>
        {next === "DISQUALIFIED" && (
          <label>
            Reason
            <input name="reason" required maxLength={500} placeholder="Why is it disqualified?" />
            <FieldError state={statusState} name="reason" />
          </label>
        )}
        <button type="submit" disabled={statusPending}>
          Set status
        </button>
      </form>
      <FormMessage state={statusState} />
      <form action={changeOwner} className="form-row">
        <input type="hidden" name="leadId" value={leadId} />
        <input type="hidden" name="change" value="owner" />
        <label>
          Owner
          <OwnerSelect users={users} name="ownerId" defaultValue={ownerId ?? ""} key={ownerId ?? ""} />
        </label>
        <button type="submit" disabled={ownerPending}>
          Assign
        </button>
      </form>
      <FormMessage state={ownerState} />
      <form action={addNote} className="form">
        <input type="hidden" name="leadId" value={leadId} />
        <label>
          Note
          <textarea name="note" rows={3} maxLength={5000} required />
          <FieldError state={noteState} name="note" />
        </label>
        <button type="submit" className="secondary" disabled={notePending}>
          Add note
        </button>
      </form>
      <FormMessage state={noteState} />
    </div>
  );
}
