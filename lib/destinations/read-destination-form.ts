// The settings form's flat fields → a DestinationInput. Names: "config.<field>"
// for the kind's settings (a headers field is a "Name: value" line each, a
// field mapping a "CRM field = Lead desk field" line each),
// "source.<v>", "action.<v>", "stage.<v>" checkboxes for the filters, and
// "clear.<field>" to erase a stored optional secret.
import type { DestinationInput } from "@/lib/destinations/save-destination";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import { fieldIssue, type ErrorMessage, type FieldIssue } from "@/lib/errors";
import type { FunnelStage } from "@/lib/leads/lead";

export type FormRead = { ok: true; input: DestinationInput } | { ok: false; issues: FieldIssue[] };

/** "CRM field = Lead desk field" lines → a map; blank lines skipped. */
export function parseMappingLines(text: string): { mapping: Record<string, string> } | { error: ErrorMessage } {
  const mapping: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [crm, lead, ...rest] = line.split("=").map((part) => part.trim());
    if (!crm || !lead || rest.length) {
      const shown = line.trim().slice(0, 40);
      return { error: { key: "mappingLine", values: { line: shown } } };
    }
    if (Object.hasOwn(mapping, crm)) return { error: { key: "mappingTwice", values: { field: crm } } };
    mapping[crm] = lead;
  }
  return { mapping };
}

/** "Name: value" lines → a map; blank lines skipped. */
export function parseHeaderLines(text: string): { headers: Record<string, string> } | { error: ErrorMessage } {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return { error: { key: "headerLine", values: { line: line.trim().slice(0, 40) } } };
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
  const issues: FieldIssue[] = [];
  const refuse = (field: string, { key, values }: ErrorMessage) =>
    issues.push(fieldIssue(`config.${field}`, key, values));
  for (const field of getAdapter(kind).fields) {
    const raw = text(`config.${field.name}`);
    if (field.input === "mapping") {
      const parsed = parseMappingLines(raw);
      if ("error" in parsed) refuse(field.name, parsed.error);
      // A cleared box restores the defaults (an empty value is "not set" when saving).
      else config[field.name] = Object.keys(parsed.mapping).length ? parsed.mapping : "";
      continue;
    }
    if (field.input !== "headers") {
      config[field.name] = field.secret ? raw : raw.trim();
      continue;
    }
    const parsed = parseHeaderLines(raw);
    if ("error" in parsed) refuse(field.name, parsed.error);
    else config[field.name] = parsed.headers;
  }
  if (issues.length) return { ok: false, issues };
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
