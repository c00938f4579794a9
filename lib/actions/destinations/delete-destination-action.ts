"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteDestination } from "@/lib/destinations/manage-destination";
import { guardedAction } from "../guarded-action";

export const deleteDestinationAction = guardedAction("ADMIN", z.object({ id: z.uuid() }), async ({ id }) => {
  const { cancelled } = await deleteDestination(id);
  revalidatePath("/settings/destinations");
  // Away from the deleted destination's page; the list says what became of its queue.
  redirect(`/settings/destinations?deleted=1&cancelled=${cancelled}`);
});
