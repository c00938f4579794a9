"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { bulkTriage, MatchCountChangedError } from "@/lib/leads/bulk-triage";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { guardedAction } from "../guarded-action";
import { toTriageChange, triageChangeFields } from "./triage-schema";

const scopeFields = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("ids"),
    ids: z
      .string()
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.uuid()).max(1000)),
  }),
  z.object({ scope: z.literal("filter"), query: z.string().max(4000), expected: z.coerce.number().int().min(0) }),
]);
const formSchema = z.intersection(scopeFields, triageChangeFields);

export const bulkTriageAction = guardedAction("ANY", formSchema, async (input, user) => {
  const t = await getTranslations("leads.bulk");
  if (input.scope === "ids" && !input.ids.length) return { ok: false, message: t("noneSelected") };
  const scope =
    input.scope === "ids"
      ? { ids: input.ids }
      : { filter: parseLeadListParams(new URLSearchParams(input.query)), expected: input.expected };
  try {
    const { changed, skippedDoNotContact } = await bulkTriage(scope, toTriageChange(input), user);
    revalidatePath("/leads");
    const skipped = skippedDoNotContact ? ` ${t("skipped", { count: skippedDoNotContact })}` : "";
    return { ok: true, message: `${t("updated", { count: changed })}${skipped}` };
  } catch (error) {
    // The count moved since it was confirmed: say so in the reader's words (other errors: guardedAction).
    if (error instanceof MatchCountChangedError) {
      return { ok: false, message: t("countChanged", { now: error.now, expected: error.expected }) };
    }
    throw error;
  }
});
