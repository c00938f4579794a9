"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { endUserSessions } from "@/lib/auth/session-rows";
import { UserFacingError } from "@/lib/errors";
import { guardedAction } from "../guarded-action";

// The button sends confirm=yes after the browser's confirmation; anything else changes nothing.
const formSchema = z.object({ confirm: z.string().optional() });

/** Ends every session of the signed-in user, this one included, on every device. */
export const signOutEverywhereAction = guardedAction(
  "ANY",
  formSchema,
  async (input, user) => {
    if (input.confirm !== "yes") throw new UserFacingError("confirmSignOutEverywhere");
    await endUserSessions(user.id);
    redirect("/login?notice=SignedOutEverywhere");
  },
  { passwordChange: true },
);
