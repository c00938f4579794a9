"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addLeadNote } from "@/lib/leads/triage-lead";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ leadId: z.uuid(), note: z.string().trim().min(1, "Write a note first.").max(5000) });

export const addNoteAction = guardedAction("ANY", formSchema, async (input, user) => {
  await addLeadNote(input.leadId, input.note, user);
  revalidatePath(`/leads/${input.leadId}`);
  return { ok: true, message: "Note added." };
});
