"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";
import { guardedAction } from "../guarded-action";

// "browser" clears the choice, so the Accept-Language header decides again.
const formSchema = z.object({ locale: z.enum([...locales, "browser"]) });

/** Saves the signed-in user's language; every page re-renders in it. */
export const setLocaleAction = guardedAction(
  "ANY",
  formSchema,
  async ({ locale }, user) => {
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { locale: locale === "browser" ? null : locale } });
    revalidatePath("/", "layout");
    return { ok: true };
  },
  { passwordChange: true },
);
