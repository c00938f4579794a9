"use server";

// The one-button actions on a channel's row: send test, enable/disable, delete.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteChannel, setChannelEnabled } from "@/lib/alerts/channels";
import { sendChannelTest } from "@/lib/alerts/send-channel-test";
import { NotFoundError } from "@/lib/errors";
import { guardedAction } from "../guarded-action";

const idSchema = z.object({ id: z.uuid() });
const gone = () => new NotFoundError("channelGone");

export const sendChannelTestAction = guardedAction("ADMIN", idSchema, async ({ id }) => {
  const result = await sendChannelTest(id);
  revalidatePath("/settings/notifications");
  return result;
});

export const setChannelEnabledAction = guardedAction(
  "ADMIN",
  z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) }),
  async ({ id, enabled }) => {
    if (!(await setChannelEnabled(id, enabled === "true"))) throw gone();
    revalidatePath("/settings/notifications");
    return {
      ok: true,
      message: enabled === "true" ? "Channel enabled." : "Channel disabled: nothing more is sent to it.",
    };
  },
);

export const deleteChannelAction = guardedAction("ADMIN", idSchema, async ({ id }) => {
  if (!(await deleteChannel(id))) throw gone();
  revalidatePath("/settings/notifications");
  return { ok: true, message: "Channel deleted." };
});
