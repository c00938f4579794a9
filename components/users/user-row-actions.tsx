"use client";

import { useActionState } from "react";
import { updateUserAction } from "@/lib/actions/users/update-user-action";
import { FormMessage } from "@/components/ui/form-feedback";

interface Props {
  user: { id: string; email: string; role: "ADMIN" | "SALES"; active: boolean };
  isSelf: boolean;
}

export function UserRowActions({ user, isSelf }: Props) {
  const [state, action, pending] = useActionState(updateUserAction, null);
  return (
    <div className="inline" style={{ flexWrap: "wrap" }}>
      <form action={action} className="inline">
        <input type="hidden" name="change" value="role" />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="role" value={user.role === "ADMIN" ? "SALES" : "ADMIN"} />
        <button type="submit" className="secondary" disabled={pending || isSelf} title={isSelf ? "You cannot change your own role" : undefined}>
          {user.role === "ADMIN" ? "Make sales" : "Make admin"}
        </button>
      </form>
      <form action={action} className="inline">
        <input type="hidden" name="change" value="active" />
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={String(!user.active)} />
        <button type="submit" className={user.active ? "danger" : "secondary"} disabled={pending || isSelf}>
          {user.active ? "Deactivate" : "Reactivate"}
        </button>
      </form>
      <FormMessage state={state} />
    </div>
  );
}
