"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { replayFailedDeliveries, retryDelivery } from "@/lib/delivery/requeue";
import { guardedAction } from "../guarded-action";

const formSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("one"), id: z.uuid() }),
  z.object({ scope: z.literal("all"), destinationId: z.uuid() }),
]);

export const retryDeliveriesAction = guardedAction("ADMIN", formSchema, async (input) => {
  revalidatePath("/settings/destinations", "layout");
  const t = await getTranslations("destinations.messages");
  if (input.scope === "one") {
    const { destinationName } = await retryDelivery(input.id);
    return { ok: true, message: t("retried", { name: destinationName }) };
  }
  const count = await replayFailedDeliveries(input.destinationId);
  return { ok: true, message: t("replayed", { count }) };
});
