"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { reprocessAllFailed, reprocessReceipt } from "@/lib/ingest/reprocess-receipts";
import { guardedAction } from "../guarded-action";

const formSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("one"), id: z.uuid() }),
  z.object({ scope: z.literal("all") }),
]);

export const reprocessAction = guardedAction("ADMIN", formSchema, async (input) => {
  revalidatePath("/settings/receipts");
  if (input.scope === "all") {
    const { tried, stored } = await reprocessAllFailed();
    return {
      ok: true,
      message: `Reprocessed ${tried} receipt(s): ${stored} now stored as leads, ${tried - stored} still failing.`,
    };
  }
  const result = await reprocessReceipt(input.id);
  if (!result) throw new NotFoundError("receiptGone");
  return result.ok
    ? { ok: true, message: `Stored as a lead (${result.status}).` }
    : { ok: false, message: `Still failing (${result.httpStatus}): ${result.message}` };
});
