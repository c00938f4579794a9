"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteDestination } from "@/lib/destinations/delete-destination";
import { guardedAction } from "../guarded-action";

export const deleteDestinationAction = guardedAction("ADMIN", z.object({ id: z.uuid() }), async ({ id }) => {
  const result = await deleteDestination(id);
  revalidatePath("/settings/destinations");
  const cancelled = result.cancelled ? ` ${result.cancelled} pending deliveries were cancelled.` : " Nothing was waiting to be sent.";
  return { ok: true, message: `Deleted "${result.name}".${cancelled}` };
});
