"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { readRuleForm } from "@/lib/assignment/rule-input";
import { saveRule } from "@/lib/assignment/save-rule";
import { InvalidInputError } from "@/lib/errors";
import { guardedAction } from "../guarded-action";

// Conditions, stages and members are read by readRuleForm (checkbox names carry their values).
const formSchema = z.looseObject({});

export const saveRuleAction = guardedAction<typeof formSchema, { id: string }>("ADMIN", formSchema, async (form) => {
  const read = readRuleForm(form);
  if (!read.ok) throw new InvalidInputError(read.fieldErrors);
  const result = await saveRule(read.input, read.id);
  revalidatePath("/settings/assignment");
  const t = await getTranslations("assignment");
  return {
    ok: true,
    message: t(result.created ? "created" : "saved", { name: read.input.name }),
    data: { id: result.id },
  };
});
