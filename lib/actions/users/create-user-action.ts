"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createUser } from "@/lib/users/create-user";
import { newUserSchema } from "@/lib/users/schemas";
import { guardedAction } from "../guarded-action";

const formSchema = newUserSchema.extend({
  password: z.preprocess((v) => (v === "" ? undefined : v), newUserSchema.shape.password),
});

export const createUserAction = guardedAction<typeof formSchema, { email: string; generatedPassword: string | null }>(
  "ADMIN",
  formSchema,
  async (input) => {
    const { user, generatedPassword } = await createUser(input);
    revalidatePath("/settings/users");
    const t = await getTranslations("users");
    return {
      ok: true,
      message: t("added", { email: user.email }),
      data: { email: user.email, generatedPassword },
    };
  },
);
