"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { readDestinationForm } from "@/lib/destinations/read-destination-form";
import { saveDestination } from "@/lib/destinations/save-destination";
import { destinationKinds } from "@/lib/destinations/types";
import { InvalidInputError } from "@/lib/errors";
import { guardedAction } from "../guarded-action";

// The kind's own fields are read and validated by saveDestination (per-kind zod schema).
const formSchema = z.looseObject({ id: z.union([z.uuid(), z.literal("")]).optional(), kind: z.enum(destinationKinds) });

export const saveDestinationAction = guardedAction<typeof formSchema, { id: string }>(
  "ADMIN",
  formSchema,
  async (form) => {
    const read = readDestinationForm(form.kind, form);
    if (!read.ok) throw new InvalidInputError(read.issues);
    const result = await saveDestination(read.input, form.id || undefined);
    revalidatePath("/settings/destinations");
    const t = await getTranslations("destinations.messages");
    const saved = t(result.created ? "created" : "saved", { name: result.name });
    return {
      ok: true,
      message: result.cancelled ? `${saved} ${t("cancelledOnDisable", { count: result.cancelled })}` : saved,
      data: { id: result.id },
    };
  },
);
