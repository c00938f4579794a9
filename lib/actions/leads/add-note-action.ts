"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { addLeadNote } from "@/lib/leads/triage-lead";
import { guardedAction } from "../guarded-action";

// A blank note is refused by addLeadNote (one message for the form and every other caller).
const formSchema = z.object({ leadId: z.uuid(), note: z.string().max(5000) });

export const addNoteAction = guardedAction("ANY", formSchema, async (input, user) => {
  await addLeadNote(input.leadId, input.note, user);
  revalidatePath(`/leads/${input.leadId}`);
  return { ok: true, message: (await getTranslations("lead"))("result.noteAdded") };
});
