// Creates or updates a destination from the settings form: blank secrets keep
// the stored ones (unless the destination now points elsewhere), the kind's
// schema validates (defaults filled in), the SSRF guard vets every address,
// secrets are sealed, and disabling cancels the queue. Anything to correct is
// thrown as an InvalidInputError naming the fields; otherwise it returns the saved row.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { cancelPendingDeliveries } from "@/lib/destinations/manage-destination";
import { checkOutboundUrls } from "@/lib/destinations/check-outbound-urls";
import { keepUnchangedSecrets } from "@/lib/destinations/config-secrets";
import { movedTargetFields } from "@/lib/destinations/moved-target";
import { getAdapter, parseDestinationConfig } from "@/lib/destinations/registry";
import { fromStoredConfig, toStoredConfig } from "@/lib/destinations/stored-config";
import { destinationKinds } from "@/lib/destinations/types";
import { funnelStages } from "@/lib/leads/lead";
import { fieldIssue, InvalidInputError, NotFoundError, type FieldIssue } from "@/lib/errors";
import { errorKey } from "@/lib/i18n/validation";

/**
 * What the settings form submits, already read into shape (read-destination-form.ts).
 * Config values are as typed: a blank secret means "keep the stored one".
 */
export const destinationInputSchema = z.object({
  kind: z.enum(destinationKinds),
  name: z.string().trim().min(1, errorKey("destinationName")).max(100),
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

export interface SavedDestination {
  id: string;
  name: string;
  created: boolean;
  /** Queued deliveries cancelled because it is now disabled. */
  cancelled: number;
}

export async function saveDestination(raw: DestinationInput, id?: string): Promise<SavedDestination> {
  const parsedInput = destinationInputSchema.safeParse(raw);
  if (!parsedInput.success) throw new InvalidInputError(parsedInput.error);
  const input = parsedInput.data;
  const db = await getDb();
  const existing = id ? await db.destination.findUnique({ where: { id } }) : null;
  if (id && !existing) throw new NotFoundError("destinationGone");
  const kind = existing?.kind ?? input.kind;
  const adapter = getAdapter(kind);

  let current: Record<string, unknown> = {};
  if (existing) {
    try {
      current = fromStoredConfig(existing);
    } catch {
      current = {}; // unreadable with this key: the admin re-enters the secrets
    }
  }
  const merged = keepUnchangedSecrets(kind, input.config, current);
  for (const name of input.clearSecrets) if (adapter.secretFields.includes(name)) delete merged[name];
  // An empty box is "not set", so optional fields and defaults apply.
  for (const [name, value] of Object.entries(merged)) if (value === "") delete merged[name];

  const parsed = parseDestinationConfig(kind, merged);
  if (!parsed.ok) {
    // The form names the kind's fields config.<name>; a required field left empty just says so.
    const issues = parsed.issues.map((issue): FieldIssue => {
      const [name, ...rest] = issue.path;
      if (name === undefined) return issue;
      const field = adapter.fields.find((f) => f.name === name);
      const path = [`config.${String(name)}`, ...rest];
      if (field?.required && merged[field.name] === undefined)
        return { code: "invalid_type", expected: "string", input: undefined, path, message: "" };
      return { ...issue, path };
    });
    throw new InvalidInputError(issues);
  }
  const config = parsed.config as Record<string, unknown>;
  const moved = movedTargetFields(kind, config, current);
  // Secrets filled in from storage (left blank in the form).
  const reused = adapter.secretFields.filter(
    (f) => merged[f] !== undefined && JSON.stringify(merged[f]) !== JSON.stringify(input.config[f]),
  );
  if (moved.length && reused.length) {
    const labels = moved.map((name) => adapter.fields.find((f) => f.name === name)?.label ?? name).join(", ");
    const issues = reused.map((f) => fieldIssue(`config.${f}`, "destinationSecretAgain", { fields: labels }));
    throw new InvalidInputError(issues, "destinationMoved");
  }
  const blocked = await checkOutboundUrls(kind, config);
  if (blocked.length) {
    throw new InvalidInputError(blocked, "destinationPrivate");
  }

  const stored = toStoredConfig(kind, config);
  const data = {
    name: input.name,
    enabled: input.enabled,
    sources: input.sources,
    actions: input.actions,
    stages: input.stages,
    includeTest: input.includeTest,
    includeDoNotContact: input.includeDoNotContact,
    config: stored.config,
    secrets: stored.secrets,
  };
  if (!existing) {
    const created = await db.destination.create({ data: { ...data, kind } });
    return { id: created.id, name: created.name, created: true, cancelled: 0 };
  }
  const cancelled = await db.$transaction(async (tx) => {
    await tx.destination.update({ where: { id: existing.id }, data });
    return input.enabled ? 0 : cancelPendingDeliveries(tx, existing.id, "The destination was disabled.");
  });
  return { id: existing.id, name: input.name, created: false, cancelled };
}
