// Settings-time SSRF check, so an admin hears "that address is on a private
// network" when saving rather than in the delivery log. The guarded fetch
// checks again on every send (DNS may change). A host that does not resolve
// right now is accepted: only a definite "private" answer blocks saving.
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import type { FieldIssue } from "@/lib/errors";
import { assertPublicUrl, blockedIssue, OutboundBlockedError } from "@/lib/security/ssrf-guard";

const RESOLVE_TIMEOUT_MS = 5000;

function urlsOf(kind: DestinationKind, config: Record<string, unknown>): [string, string][] {
  const urls: [string, string][] = [];
  for (const field of getAdapter(kind).fields) {
    const value = config[field.name];
    if (typeof value !== "string" || !value) continue;
    if (field.input === "url") urls.push([field.name, value]);
    // Azure connection strings name their endpoint inside.
    const endpoint = /(?:^|;)\s*TableEndpoint=([^;]+)/i.exec(value)?.[1];
    if (field.name === "connectionString" && endpoint) urls.push([field.name, endpoint.trim()]);
  }
  return urls;
}

/** A problem (on config.<field>) for each configured address the SSRF guard refuses. */
export async function checkOutboundUrls(kind: DestinationKind, config: Record<string, unknown>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  await Promise.all(
    urlsOf(kind, config).map(async ([field, url]) => {
      try {
        await Promise.race([
          assertPublicUrl(url),
          new Promise((resolve) => setTimeout(resolve, RESOLVE_TIMEOUT_MS).unref()),
        ]);
      } catch (error) {
        if (error instanceof OutboundBlockedError) issues.push(blockedIssue(`config.${field}`, error));
      }
    }),
  );
  return issues;
}
