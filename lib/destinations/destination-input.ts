// What the settings form submits for a destination, already read into shape
// (see read-destination-form.ts). Config values are as typed: a blank secret
// means "keep the stored one".
import { z } from "zod";
import { destinationKinds } from "@/lib/destinations/types";
import { funnelStages } from "@/lib/leads/lead";

export const destinationInputSchema = z.object({
  kind: z.enum(destinationKinds),
  name: z.string().trim().min(1, "Give the destination a name.").max(100, "At most 100 characters."),
  enabled: z.boolean(),
  sources: z.array(z.string().trim().min(1).max(100)).max(50),
  actions: z.array(z.string().trim().min(1).max(100)).max(50),
  stages: z.array(z.enum(funnelStages)),
  includeTest: z.boolean(),
  includeDoNotContact: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  /** Optional secret fields to erase instead of keep. */
  clearSecrets: z.array(z.string()).default([]),
});

export type DestinationInput = z.input<typeof destinationInputSchema>;
