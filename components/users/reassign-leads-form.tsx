"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { reassignLeadsAction } from "@/lib/actions/users/reassign-leads-action";
import { OwnerSelect } from "./owner-select";

interface Props {
  fromUserId: string;
  openLeads: number;
  users: { id: string; label: string }[];
}

/** Offered beside a deactivated user who still owns open leads. */
export function ReassignLeadsForm({ fromUserId, openLeads, users }: Props) {
  const [state, action, pending] = useActionState(reassignLeadsAction, null);
  return (
    <form
      action={action}
      className="inline"
      style={{ flexWrap: "wrap", marginTop: "0.4rem" }}
      data-testid="reassign-leads"
    >
      <input type="hidden" name="fromUserId" value={fromUserId} />
      <label className="small" style={{ flexDirection: "row", alignItems: "center", gap: "0.4rem", fontWeight: 400 }}>
        {openLeads} open {openLeads === 1 ? "lead" : "leads"} →
        <OwnerSelect users={users} name="toUserId" />
      </label>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Reassigning…" : "Reassign"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
