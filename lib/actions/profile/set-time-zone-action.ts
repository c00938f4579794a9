"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isTimeZone, setTimeZone } from "@/lib/users/ui-preferences";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({
  timeZone: z.string().trim().refine(isTimeZone, "Choose a time zone from the list (for example Europe/Lisbon)."),
  // "browser": sent by the first visit on its own; it never replaces a zone the user chose.
  source: z.enum(["browser", "profile"]).default("profile"),
});

export const setTimeZoneAction = guardedAction(
  "ANY",
  formSchema,
  async (input, user) => {
    await setTimeZone(user.id, input.timeZone, { onlyIfUnset: input.source === "browser" });
    revalidatePath("/", "layout");
    return { ok: true, message: (await getTranslations("profile"))("timeZoneSaved", { zone: input.timeZone }) };
  },
  { passwordChange: true },
);
