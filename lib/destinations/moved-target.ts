// Whether an edit points a destination somewhere else: the fields each adapter
// marks as its target (FieldMeta.target — an endpoint's origin, an Azure
// account URL, a Dynamics environment, tenant or sign-in host, a Marketo
// instance …) compared between the stored config and the new one, both as the
// kind's schema normalised them. Stored secrets are only ever sent where they
// were sent before, so a moved destination needs its secrets entered again.
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";

type Config = Record<string, unknown>;

function comparable(value: unknown, by: "origin" | "value"): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (by === "origin") {
    try {
      return new URL(text).origin.toLowerCase();
    } catch {
      return text.toLowerCase();
    }
  }
  return text.replace(/\/+$/, "").toLowerCase();
}

/** The target fields whose value differs between `current` and `next`: none when it still points where it did. */
export function movedTargetFields(kind: DestinationKind, next: Config, current: Config): string[] {
  return getAdapter(kind)
    .fields.filter((f) => f.target && comparable(next[f.name], f.target) !== comparable(current[f.name], f.target))
    .map((f) => f.name);
}
