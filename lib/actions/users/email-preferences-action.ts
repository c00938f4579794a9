"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { setMailPreferences } from "@/lib/alerts/email-preferences";
import { userMailPreferences } from "@/lib/alerts/events";
import { guardedAction } from "../guarded-action";

// Checkboxes named mail.<preference>: a box left unticked is not sent at all.
const formSchema = z.looseObject({});

export const emailPreferencesAction = guardedAction("ANY", formSchema, async (form, user) => {
  const chosen = new Set(userMailPreferences.map((p) => p.value).filter((value) => form[`mail.${value}`] === "on"));
  await setMailPreferences(user.id, chosen);
  revalidatePath("/profile");
  return { ok: true, message: (await getTranslations("profile"))("emailPreferencesSaved") };
});
