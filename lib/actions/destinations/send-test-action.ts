"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sendDestinationTest } from "@/lib/delivery/send-destination-test";
import type { DeliveryOutcome, RecordLink } from "@/lib/destinations/types";
import { guardedAction } from "../guarded-action";

type Shown = "ok" | "retryable" | "httpStatus" | "latencyMs" | "verdict" | "request" | "responseExcerpt" | "mapped";

export type TestResult = Pick<DeliveryOutcome, Shown> & {
  /** The test lead's record in the CRM, when it returned one. */
  record: (RecordLink & { id: string }) | null;
};

const formSchema = z.object({ id: z.uuid() });

/** The action succeeds when the test was sent; whether the CRM took it is in `data`. */
export const sendTestAction = guardedAction<typeof formSchema, TestResult>("ADMIN", formSchema, async ({ id }) => {
  // Secrets are already masked in the outcome; only what the panel shows goes back.
  const outcome = await sendDestinationTest(id);
  revalidatePath("/settings/destinations", "layout");
  const { ok, retryable, httpStatus, latencyMs, verdict, request, responseExcerpt, mapped, record, remoteId } = outcome;
  const link = record && remoteId ? { ...record, id: remoteId } : null;
  const data = { ok, retryable, httpStatus, latencyMs, verdict, request, responseExcerpt, mapped, record: link };
  return { ok: true, data };
});
