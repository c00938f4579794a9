"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { reprocessAllFailed, reprocessReceipt } from "@/lib/ingest/reprocess-receipts";
import { guardedAction } from "../guarded-action";

const formSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("one"), id: z.uuid() }),
  z.object({ scope: z.literal("all") }),
]);

export const reprocessAction = guardedAction("ADMIN", formSchema, async (input) => {
  revalidatePath("/settings/receipts");
  const t = await getTranslations("receipts.messages");
  if (input.scope === "all") {
    const { tried, stored } = await reprocessAllFailed();
    return { ok: true, message: t("reprocessedAll", { tried, stored, failing: tried - stored }) };
  }
  const result = await reprocessReceipt(input.id);
  if (!result) return { ok: false, message: t("gone") };
  return result.ok
    ? { ok: true, message: t("stored", { status: result.status }) }
    : { ok: false, message: t("stillFailing", { status: result.httpStatus, reason: result.message }) };
});
