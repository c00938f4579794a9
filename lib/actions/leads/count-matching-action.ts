"use server";

import { z } from "zod";
import { countMatching } from "@/lib/leads/bulk-triage";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ query: z.string().max(4000) });

/** The exact number of leads a list filter matches, shown before a filter-wide bulk change. */
export const countMatchingAction = guardedAction("ANY", formSchema, async (input, user) => {
  const count = await countMatching(parseLeadListParams(new URLSearchParams(input.query)), user.id);
  return { ok: true, data: { count } };
});
