"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { reprocessAction } from "@/lib/actions/receipts/reprocess-action";

/** Reprocesses one receipt (id given) or every failed one. */
export function ReprocessButton({ id }: { id?: string }) {
  const [state, action, pending] = useActionState(reprocessAction, null);
  return (
    <form action={action} className="inline" style={{ flexWrap: "wrap" }}>
      <input type="hidden" name="scope" value={id ? "one" : "all"} />
      {id && <input type="hidden" name="id" value={id} />}
      <button type="submit" className={id ? "secondary" : undefined} disabled={pending}>
        {pending ? "Reprocessing…" : id ? "Reprocess" : "Reprocess all failed"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
