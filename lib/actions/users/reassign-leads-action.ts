"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { reassignOpenLeads } from "@/lib/assignment/reassign-open-leads";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ fromUserId: z.uuid(), toUserId: z.union([z.uuid(), z.literal("")]) });

export const reassignLeadsAction = guardedAction("ADMIN", formSchema, async ({ fromUserId, toUserId }, actor) => {
  const moved = await reassignOpenLeads(fromUserId, toUserId || null, actor);
  revalidatePath("/settings/users");
  const t = await getTranslations("users");
  return { ok: true, message: t(toUserId ? "reassigned" : "unassigned", { count: moved }) };
});
