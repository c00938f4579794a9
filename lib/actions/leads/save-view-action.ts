"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isBuiltInViewName, saveView } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ name: z.string().trim().max(80), query: z.string().max(4000) });

export const saveViewAction = guardedAction("ANY", formSchema, async (input, user) => {
  const t = await getTranslations("leads.views");
  // Checked here as well as in saveView, to answer in the reader's language next to the field.
  const problem = !input.name ? t("nameRequired") : isBuiltInViewName(input.name) ? t("nameTaken") : null;
  if (problem) return { ok: false, message: problem, fieldErrors: { name: [problem] } };
  await saveView(user.id, input.name, input.query);
  revalidatePath("/leads");
  return { ok: true, message: t("saved", { name: input.name }) };
});
