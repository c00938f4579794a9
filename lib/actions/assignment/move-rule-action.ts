"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { moveRule } from "@/lib/assignment/move-rule";
import { guardedAction } from "../guarded-action";

export const moveRuleAction = guardedAction(
  "ADMIN",
  z.object({ id: z.uuid(), direction: z.enum(["up", "down"]) }),
  async ({ id, direction }) => {
    await moveRule(id, direction);
    revalidatePath("/settings/assignment");
    return { ok: true, message: `Moved ${direction}.` };
  },
);
