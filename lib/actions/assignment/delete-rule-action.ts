"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deleteRule } from "@/lib/assignment/delete-rule";
import { guardedAction } from "../guarded-action";

export const deleteRuleAction = guardedAction("ADMIN", z.object({ id: z.uuid() }), async ({ id }) => {
  const name = await deleteRule(id);
  revalidatePath("/settings/assignment");
  return { ok: true, message: (await getTranslations("assignment"))("deleted", { name }) };
});
