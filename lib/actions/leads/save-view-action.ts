"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { saveView } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({
  name: z.string().trim().min(1, errorKey("viewName")).max(80),
  query: z.string().max(4000),
});

export const saveViewAction = guardedAction("ANY", formSchema, async (input, user) => {
  await saveView(user.id, input.name, input.query);
  revalidatePath("/leads");
  return { ok: true, message: `Saved view “${input.name}”.` };
});
