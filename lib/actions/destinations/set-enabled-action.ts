"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { setDestinationEnabled } from "@/lib/destinations/manage-destination";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) });

export const setEnabledAction = guardedAction("ADMIN", formSchema, async ({ id, enabled }) => {
  const result = await setDestinationEnabled(id, enabled === "true");
  revalidatePath("/settings/destinations");
  const t = await getTranslations("destinations.messages");
  if (enabled === "true") return { ok: true, message: t("enabled", { name: result.name }) };
  return { ok: true, message: t("disabled", { name: result.name, count: result.cancelled }) };
});
