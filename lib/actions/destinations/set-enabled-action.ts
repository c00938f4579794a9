"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setDestinationEnabled } from "@/lib/destinations/manage-destination";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) });

export const setEnabledAction = guardedAction("ADMIN", formSchema, async ({ id, enabled }) => {
  const result = await setDestinationEnabled(id, enabled === "true");
  revalidatePath("/settings/destinations");
  if (enabled === "true") return { ok: true, message: `"${result.name}" is enabled: new leads are forwarded.` };
  const cancelled = result.cancelled
    ? ` ${result.cancelled} queued deliveries were cancelled (retry them from its delivery log).`
    : "";
  return { ok: true, message: `"${result.name}" is disabled.${cancelled}` };
});
