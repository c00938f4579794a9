// kind → adapter. The one place that knows every destination kind.
import type { z } from "zod";
import { azureTableAdapter } from "@/lib/destinations/azure-table";
import { dynamicsAdapter } from "@/lib/destinations/dynamics";
import { httpsAdapter } from "@/lib/destinations/https-endpoint";
import { marketoAdapter } from "@/lib/destinations/marketo";
import { salesforceAdapter } from "@/lib/destinations/salesforce";
import { salesforceApiAdapter } from "@/lib/destinations/salesforce-api";
import {
  destinationKinds,
  type DestinationAdapter,
  type DestinationKind,
  type RecordLink,
} from "@/lib/destinations/types";

export const destinationAdapters = {
  DYNAMICS: dynamicsAdapter,
  SALESFORCE: salesforceAdapter,
  SALESFORCE_API: salesforceApiAdapter,
  MARKETO: marketoAdapter,
  AZURE_TABLE: azureTableAdapter,
  HTTPS: httpsAdapter,
} as const satisfies { [K in DestinationKind]: { kind: K } };

export type DestinationConfig<K extends DestinationKind> = Parameters<(typeof destinationAdapters)[K]["send"]>[1];

export function isDestinationKind(value: unknown): value is DestinationKind {
  return typeof value === "string" && (destinationKinds as readonly string[]).includes(value);
}

/** The adapter for `kind`, with its config type erased (for callers holding stored JSON). */
export function getAdapter(kind: DestinationKind): DestinationAdapter<unknown> {
  return destinationAdapters[kind] as DestinationAdapter<never> as DestinationAdapter<unknown>;
}

export type ParsedConfig = { ok: true; config: unknown } | { ok: false; issues: z.core.$ZodIssue[] };

/** Validates settings-form or stored input against the kind's schema (defaults filled in). */
export function parseDestinationConfig(kind: DestinationKind, input: unknown): ParsedConfig {
  const result = (getAdapter(kind).configSchema as z.ZodType).safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, issues: result.error.issues };
}

/**
 * "Open in Dynamics / Salesforce / Marketo": the link to the record a CRM
 * created, built from the destination's own base URL (non-secret settings,
 * validated as http(s) when saved) and the id the CRM returned.
 */
export function recordLink(kind: DestinationKind, config: unknown, remoteId: string | null): RecordLink | null {
  if (!remoteId) return null;
  const settings = config && typeof config === "object" ? (config as Record<string, unknown>) : {};
  return getAdapter(kind).recordLink(settings, remoteId) ?? { label: "Record id", url: null };
}
