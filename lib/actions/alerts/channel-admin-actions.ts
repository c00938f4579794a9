"use server";

// The one-button actions on a channel's row: send test, enable/disable, delete.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deleteChannel, setChannelEnabled } from "@/lib/alerts/channels";
import { sendChannelTest } from "@/lib/alerts/send-channel-test";
import { guardedAction } from "../guarded-action";

const idSchema = z.object({ id: z.uuid() });

export const sendChannelTestAction = guardedAction("ADMIN", idSchema, async ({ id }) => {
  const result = await sendChannelTest(id);
  revalidatePath("/settings/notifications");
  const t = await getTranslations("notifications");
  if (result.ok) return { ok: true, message: t("testSent", { name: result.channel }) };
  return { ok: false, message: t("testNotSent", { reason: result.reason ?? "", retry: result.retry ? "yes" : "no" }) };
});

export const setChannelEnabledAction = guardedAction(
  "ADMIN",
  z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) }),
  async ({ id, enabled }) => {
    const t = await getTranslations("notifications");
    if (!(await setChannelEnabled(id, enabled === "true"))) return { ok: false, message: t("gone") };
    revalidatePath("/settings/notifications");
    return { ok: true, message: enabled === "true" ? t("channelEnabled") : t("channelDisabled") };
  },
);

export const deleteChannelAction = guardedAction("ADMIN", idSchema, async ({ id }) => {
  const t = await getTranslations("notifications");
  if (!(await deleteChannel(id))) return { ok: false, message: t("gone") };
  revalidatePath("/settings/notifications");
  return { ok: true, message: t("channelDeleted") };
});
