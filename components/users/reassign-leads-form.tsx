"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-feedback";
import { withResultToast } from "@/components/ui/use-result-toast";
import { reassignLeadsAction } from "@/lib/actions/users/reassign-leads-action";
import { OwnerSelect } from "./owner-select";

interface Props {
  fromUserId: string;
  openLeads: number;
  users: { id: string; label: string }[];
}

/** Offered beside a deactivated user who still owns open leads. */
export function ReassignLeadsForm({ fromUserId, openLeads, users }: Props) {
  const t = useTranslations("users");
  // The form goes once no open lead is left: the toast cannot wait for its effect.
  const [state, action, pending] = useActionState(withResultToast(reassignLeadsAction), null);
  const id = `reassign-${fromUserId}`;
  return (
    <form action={action} className="mt-1.5 flex flex-wrap items-center gap-1.5" data-testid="reassign-leads">
      <input type="hidden" name="fromUserId" value={fromUserId} />
      <label htmlFor={id} className="text-sm">
        {t("openLeads", { count: openLeads })}
      </label>
      <OwnerSelect users={users} name="toUserId" id={id} />
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {pending ? t("reassigning") : t("reassign")}
      </Button>
      <FormError state={state} />
    </form>
  );
}
