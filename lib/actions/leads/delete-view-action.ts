"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteView } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ id: z.uuid() });

export const deleteViewAction = guardedAction("ANY", formSchema, async (input, user) => {
  await deleteView(user.id, input.id);
  revalidatePath("/leads");
  return { ok: true, message: "View deleted." };
});
