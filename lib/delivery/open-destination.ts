// A destination's settings, opened for sending, or the failed outcome that
// explains why they cannot be (a changed ENCRYPTION_KEY, a damaged row).
import { fromStoredConfig, type StoredRow } from "@/lib/destinations/stored-config";
import type { DeliveryOutcome } from "@/lib/destinations/types";

export function openDestinationConfig(row: StoredRow): { config: Record<string, unknown> } | { failed: DeliveryOutcome } {
  try {
    return { config: fromStoredConfig(row) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      failed: {
        ok: false,
        // The key may be put back (ENCRYPTION_KEY, the data folder's key file): worth retrying.
        retryable: true,
        httpStatus: null,
        latencyMs: 0,
        request: { method: "", url: "", headers: {}, body: null },
        responseExcerpt: "",
        verdict: `Not sent: the destination's stored secrets could not be read (${message}) Re-enter them in the destination settings.`,
        error: "stored secrets unreadable",
      },
    };
  }
}
