"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { statusLabels } from "@/lib/leads/statuses";
import { triageLead } from "@/lib/leads/triage-lead";
import { guardedAction } from "../guarded-action";
import { toTriageChange, triageChangeFields } from "./triage-schema";

const formSchema = z.intersection(z.object({ leadId: z.uuid() }), triageChangeFields);

export const triageLeadAction = guardedAction("ANY", formSchema, async (input, user) => {
  const change = toTriageChange(input);
  const changed = await triageLead(input.leadId, change, user);
  revalidatePath(`/leads/${input.leadId}`);
  if (!changed) return { ok: true, message: "Nothing to change." };
  return {
    ok: true,
    message:
      change.kind === "status"
        ? `Status set to ${statusLabels[change.status]}.`
        : change.ownerId
          ? "Owner assigned."
          : "Owner removed.",
  };
});
