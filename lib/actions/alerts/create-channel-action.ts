"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createChannel } from "@/lib/alerts/channels";
import { channelEvents } from "@/lib/alerts/events";
import { guardedAction } from "../guarded-action";

// The events arrive as checkboxes named events.<value> (components/ui/checkboxes.tsx).
const formSchema = z.looseObject({});

export const createChannelAction = guardedAction<typeof formSchema, { id: string }>(
  "ADMIN",
  formSchema,
  async (form) => {
    const events = channelEvents.map((e) => e.value).filter((value) => form[`events.${value}`] === "on");
    const saved = await createChannel({
      kind: form.kind,
      name: form.name,
      target: form.target,
      events,
      digestHour: form.digestHour || undefined,
    });
    revalidatePath("/settings/notifications");
    const t = await getTranslations("notifications");
    return { ok: true, message: t("channelCreated", { name: saved.name }), data: { id: saved.id } };
  },
);
