"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeFromRotations } from "@/lib/assignment/remove-from-rotations";
import { setUserActive, setUserRole } from "@/lib/users/update-user";
import { roleSchema } from "@/lib/users/schemas";
import { guardedAction } from "../guarded-action";

const formSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("role"), userId: z.uuid(), role: roleSchema }),
  z.object({ change: z.literal("active"), userId: z.uuid(), active: z.enum(["true", "false"]) }),
]);

export const updateUserAction = guardedAction("ADMIN", formSchema, async (input) => {
  const user =
    input.change === "role"
      ? await setUserRole(input.userId, input.role)
      : await setUserActive(input.userId, input.active === "true");
  // A deactivated user leaves every assignment rotation; rules naming them alone are pointed out.
  const left = input.change === "active" && !user.active ? await removeFromRotations(user.id) : null;
  revalidatePath("/settings/users");
  revalidatePath("/settings/assignment");
  const oneUser = left?.oneUserRules.length
    ? ` Rules that give them every lead now leave leads unassigned: ${left.oneUserRules.join(", ")}.`
    : "";
  const rotations = left?.rotations ? " and out of every rotation" : "";
  return {
    ok: true,
    message:
      input.change === "role"
        ? `${user.email} is now ${user.role === "ADMIN" ? "an admin" : "in sales"}.`
        : `${user.email} is ${user.active ? "active again." : `deactivated${rotations}.${oneUser}`}`,
  };
});
