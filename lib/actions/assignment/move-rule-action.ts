"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { moveRule } from "@/lib/assignment/move-rule";
import { guardedAction } from "../guarded-action";

export const moveRuleAction = guardedAction(
  "ADMIN",
  z.object({ id: z.uuid(), direction: z.enum(["up", "down"]) }),
  async ({ id, direction }) => {
    await moveRule(id, direction);
    revalidatePath("/settings/assignment");
    const t = await getTranslations("assignment");
    return { ok: true, message: direction === "up" ? t("movedUp") : t("movedDown") };
  },
);
