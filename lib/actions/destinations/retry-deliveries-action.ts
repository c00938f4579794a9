"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { replayFailedDeliveries, retryDelivery } from "@/lib/delivery/requeue";
import { guardedAction } from "../guarded-action";

const formSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("one"), id: z.uuid() }),
  z.object({ scope: z.literal("all"), destinationId: z.uuid() }),
]);

export const retryDeliveriesAction = guardedAction("ADMIN", formSchema, async (input) => {
  revalidatePath("/settings/destinations", "layout");
  if (input.scope === "one") {
    const { destinationName } = await retryDelivery(input.id);
    return { ok: true, message: `Queued again for "${destinationName}"; it will be sent within moments.` };
  }
  const count = await replayFailedDeliveries(input.destinationId);
  return { ok: true, message: count ? `${count} failed deliveries queued again.` : "No failed deliveries to replay." };
});
