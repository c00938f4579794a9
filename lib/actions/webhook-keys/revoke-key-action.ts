"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revokeWebhookKey } from "@/lib/webhook-keys/revoke-key";
import { guardedAction } from "../guarded-action";

export const revokeKeyAction = guardedAction("ADMIN", z.object({ id: z.uuid() }), async ({ id }) => {
  const key = await revokeWebhookKey(id);
  revalidatePath("/settings/webhooks");
  const t = await getTranslations("webhooks.messages");
  return { ok: true, message: t("revoked", { label: key.label }) };
});
