"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { triageLead } from "@/lib/leads/triage-lead";
import { guardedAction } from "../guarded-action";
import { toTriageChange, triageChangeFields } from "./triage-schema";

const formSchema = z.intersection(z.object({ leadId: z.uuid() }), triageChangeFields);

export const triageLeadAction = guardedAction("ANY", formSchema, async (input, user) => {
  const change = toTriageChange(input);
  const changed = await triageLead(input.leadId, change, user);
  revalidatePath(`/leads/${input.leadId}`);
  const t = await getTranslations("lead");
  if (!changed) return { ok: true, message: t("result.nothingToChange") };
  if (change.kind === "status") {
    const status = (await getTranslations("domain"))(`status.${change.status}`);
    return { ok: true, message: t("result.statusSet", { status }) };
  }
  return { ok: true, message: t(change.ownerId ? "result.ownerAssigned" : "result.ownerRemoved") };
});
