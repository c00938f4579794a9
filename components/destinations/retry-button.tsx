"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { retryDeliveriesAction } from "@/lib/actions/destinations/retry-deliveries-action";

/** Retries one delivery (deliveryId) or replays every failed one of a destination. */
export function RetryButton(props: { deliveryId: string } | { destinationId: string }) {
  const [state, action, pending] = useActionState(retryDeliveriesAction, null);
  const one = "deliveryId" in props;
  return (
    <form action={action} className="inline" style={{ flexWrap: "wrap" }}>
      <input type="hidden" name="scope" value={one ? "one" : "all"} />
      {one ? <input type="hidden" name="id" value={props.deliveryId} /> : <input type="hidden" name="destinationId" value={props.destinationId} />}
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Queueing…" : one ? "Retry" : "Replay all failed"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
