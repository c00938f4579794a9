// The form fields a triage change arrives as, shared by the single and bulk actions.
import { z } from "zod";
import { leadStatuses } from "@/lib/leads/statuses";
import type { TriageChange } from "@/lib/leads/triage";

export const triageChangeFields = z.discriminatedUnion("change", [
  z.object({ change: z.literal("status"), status: z.enum(leadStatuses), reason: z.string().max(500).optional() }),
  // An empty owner means "unassign".
  z.object({ change: z.literal("owner"), ownerId: z.union([z.uuid(), z.literal("")]) }),
]);

export function toTriageChange(input: z.output<typeof triageChangeFields>): TriageChange {
  return input.change === "status"
    ? { kind: "status", status: input.status, reason: input.reason }
    : { kind: "owner", ownerId: input.ownerId || null };
}
