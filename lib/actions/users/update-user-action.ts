"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("users");
  const email = user.email;
  if (input.change === "role") return { ok: true, message: t("roleChanged", { email, role: user.role }) };
  if (user.active) return { ok: true, message: t("reactivated", { email }) };
  const message = [
    t(left?.rotations ? "deactivatedAndLeftRotations" : "deactivatedDone", { email }),
    left?.oneUserRules.length ? t("oneUserRulesLeft", { rules: left.oneUserRules.join(", ") }) : "",
  ];
  return { ok: true, message: message.filter(Boolean).join(" ") };
});
