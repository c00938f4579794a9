// The settings form's flat fields → a DestinationInput. Names: "config.<field>"
// for the kind's settings (a headers field is a "Name: value" line each),
// "source.<v>", "action.<v>", "stage.<v>" checkboxes for the filters, and
// "clear.<field>" to erase a stored optional secret.
import type { DestinationInput } from "@/lib/destinations/destination-input";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import type { FunnelStage } from "@/lib/leads/lead";

export type FormRead = { ok: true; input: DestinationInput } | { ok: false; fieldErrors: Record<string, string[]> };

/** "Name: value" lines → a map; blank lines skipped. */
export function parseHeaderLines(text: string): { headers: Record<string, string> } | { error: string } {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return { error: `Write one header per line as Name: value (not "${line.trim().slice(0, 40)}").` };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { headers };
}

export function readDestinationForm(kind: DestinationKind, entries: Record<string, unknown>): FormRead {
  const text = (name: string) => (typeof entries[name] === "string" ? (entries[name] as string) : "");
  const checked = (prefix: string) =>
    Object.keys(entries)
      .filter((k) => k.startsWith(prefix) && entries[k] === "on")
      .map((k) => k.slice(prefix.length));
  const config: Record<string, unknown> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const field of getAdapter(kind).fields) {
    const raw = text(`config.${field.name}`);
    if (field.input !== "headers") {
      config[field.name] = field.secret ? raw : raw.trim();
      continue;
    }
    const parsed = parseHeaderLines(raw);
    if ("error" in parsed) fieldErrors[`config.${field.name}`] = [parsed.error];
    else config[field.name] = parsed.headers;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return {
    ok: true,
    input: {
      kind,
      name: text("name"),
      enabled: entries.enabled === "on",
      sources: checked("source."),
      actions: checked("action."),
      stages: checked("stage.") as FunnelStage[],
      includeTest: entries.includeTest === "on",
      includeDoNotContact: entries.includeDoNotContact === "on",
      config,
      clearSecrets: checked("clear."),
    },
  };
}
