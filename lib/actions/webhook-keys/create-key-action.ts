"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createWebhookKey, keyLabelSchema } from "@/lib/webhook-keys/create-key";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ label: keyLabelSchema });

export const createKeyAction = guardedAction<typeof formSchema, { label: string; url: string }>(
  "ADMIN",
  formSchema,
  async ({ label }, user) => {
    const created = await createWebhookKey(label, user.id);
    revalidatePath("/settings/webhooks");
    const t = await getTranslations("webhooks.messages");
    return {
      ok: true,
      message: t("created", { label: created.label }),
      data: { label: created.label, url: created.url },
    };
  },
);
