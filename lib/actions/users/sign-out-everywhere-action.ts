"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { endUserSessions } from "@/lib/auth/session-rows";
import { guardedAction } from "../guarded-action";

// The button sends confirm=yes after its confirmation dialog; anything else changes nothing.
const formSchema = z.object({ confirm: z.string().optional() });

/** Ends every session of the signed-in user, this one included, on every device. */
export const signOutEverywhereAction = guardedAction(
  "ANY",
  formSchema,
  async (input, user) => {
    if (input.confirm !== "yes") return { ok: false, message: (await getTranslations("profile"))("notConfirmed") };
    await endUserSessions(user.id);
    redirect("/login?notice=SignedOutEverywhere");
  },
  { passwordChange: true },
);
