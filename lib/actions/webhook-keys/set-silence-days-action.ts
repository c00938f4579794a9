"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { errorKey } from "@/lib/i18n/validation";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({
  id: z.uuid(),
  silenceDays: z.coerce
    .number({ error: errorKey("silenceDays") })
    .int(errorKey("silenceDays"))
    .min(1, errorKey("silenceDays"))
    .max(365, errorKey("silenceDays")),
});

/** The silence watchdog's threshold for one key: alert after this many days without a lead. */
export const setSilenceDaysAction = guardedAction("ADMIN", formSchema, async ({ id, silenceDays }) => {
  const db = await getDb();
  const updated = await db.webhookKey.updateMany({ where: { id }, data: { silenceDays } });
  if (!updated.count) throw new NotFoundError("keyGone");
  revalidatePath("/settings/webhooks");
  const t = await getTranslations("webhooks.messages");
  return { ok: true, message: t("silenceSaved", { days: silenceDays }) };
});
