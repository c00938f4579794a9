"use server";

import { z } from "zod";
import { listDensities, setListDensity } from "@/lib/users/ui-preferences";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ density: z.enum(listDensities) });

/** The lead list's row height, remembered for the user (the list switches at once, before this answers). */
export const setDensityAction = guardedAction("ANY", formSchema, async (input, user) => {
  await setListDensity(user.id, input.density);
  return { ok: true };
});
