"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { deleteDestinationAction } from "@/lib/actions/destinations/delete-destination-action";

export function DeleteDestinationButton({ id, name, queued }: { id: string; name: string; queued: number }) {
  const [state, action, pending] = useActionState(deleteDestinationAction, null);
  return (
    <form
      action={action}
      className="inline"
      style={{ flexWrap: "wrap" }}
      onSubmit={(e) => {
        const pendingNote = queued ? ` ${queued} pending deliveries will be cancelled.` : "";
        if (!confirm(`Delete "${name}" and its delivery log?${pendingNote}`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" disabled={pending}>
        Delete
      </button>
      <FormMessage state={state} />
    </form>
  );
}
