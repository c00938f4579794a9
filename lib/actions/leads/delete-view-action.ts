"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { deleteView } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ id: z.uuid() });

export const deleteViewAction = guardedAction("ANY", formSchema, async (input, user) => {
  const t = await getTranslations("leads.views");
  try {
    await deleteView(user.id, input.id);
  } catch (error) {
    // deleteView's only refusal: the view is gone (or another user's).
    if (error instanceof NotFoundError) return { ok: false, message: t("gone") };
    throw error;
  }
  revalidatePath("/leads");
  return { ok: true, message: t("deleted") };
});
