"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { readRuleForm } from "@/lib/assignment/rule-input";
import { saveRule } from "@/lib/assignment/save-rule";
import { InvalidInputError } from "@/lib/errors";
import { guardedAction } from "../guarded-action";

// Conditions, stages and members are read by readRuleForm (checkbox names carry their values).
const formSchema = z.looseObject({});

export const saveRuleAction = guardedAction<typeof formSchema, { id: string }>("ADMIN", formSchema, async (form) => {
  const read = readRuleForm(form);
  if (!read.ok) throw new InvalidInputError(read.issues);
  const result = await saveRule(read.input, read.id);
  revalidatePath("/settings/assignment");
  return {
    ok: true,
    message: `Rule "${read.input.name}" ${result.created ? "created" : "saved"}.`,
    data: { id: result.id },
  };
});
