"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeWebhookKey } from "@/lib/webhook-keys/revoke-key";
import { guardedAction } from "../guarded-action";

export const revokeKeyAction = guardedAction("ADMIN", z.object({ id: z.uuid() }), async ({ id }) => {
  const key = await revokeWebhookKey(id);
  revalidatePath("/settings/webhooks");
  return { ok: true, message: `Key "${key.label}" revoked: posts with it are now refused.` };
});
