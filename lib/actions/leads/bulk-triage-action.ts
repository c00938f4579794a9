"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { bulkTriage } from "@/lib/leads/bulk-triage";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { guardedAction } from "../guarded-action";
import { toTriageChange, triageChangeFields } from "./triage-schema";

const scopeFields = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("ids"),
    ids: z
      .string()
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.uuid()).min(1, errorKey("selectLeads")).max(1000)),
  }),
  z.object({ scope: z.literal("filter"), query: z.string().max(4000), expected: z.coerce.number().int().min(0) }),
]);
const formSchema = z.intersection(scopeFields, triageChangeFields);

export const bulkTriageAction = guardedAction("ANY", formSchema, async (input, user) => {
  const scope =
    input.scope === "ids"
      ? { ids: input.ids }
      : { filter: parseLeadListParams(new URLSearchParams(input.query)), expected: input.expected };
  const { changed, skippedDoNotContact } = await bulkTriage(scope, toTriageChange(input), user);
  revalidatePath("/leads");
  const skipped = skippedDoNotContact ? ` ${skippedDoNotContact} do-not-contact lead(s) were left as they were.` : "";
  return { ok: true, message: `Updated ${changed.toLocaleString("en")} lead(s).${skipped}` };
});
