// Destination configs are stored with their secret fields sealed (secret-box)
// and shown to the settings form with those fields blanked. A secret field is
// a string, or a name → value map (HTTPS extra headers) whose values are sealed.
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import { decryptSecret, encryptionKey, encryptSecret } from "@/lib/security/secret-box";

type Config = Record<string, unknown>;

function mapSecrets(kind: DestinationKind, config: Config, fn: (value: string, context: string) => string): Config {
  const out: Config = { ...config };
  for (const field of getAdapter(kind).secretFields) {
    const value = out[field];
    const context = `${kind}.${field}`;
    if (typeof value === "string") out[field] = fn(value, context);
    else if (value && typeof value === "object") {
      out[field] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(String(v), `${context}.${k}`)]));
    }
  }
  return out;
}

/** Config with every secret sealed, ready to store. The field name is bound into each ciphertext. */
export function sealConfig(kind: DestinationKind, config: Config, key: Buffer = encryptionKey()): Config {
  return mapSecrets(kind, config, (v, context) => encryptSecret(v, key, context));
}

/** The stored config with secrets opened, for sending. Throws SecretBoxError on a wrong key or tampering. */
export function openConfig(kind: DestinationKind, stored: Config, key: Buffer = encryptionKey()): Config {
  return mapSecrets(kind, stored, (v, context) => decryptSecret(v, key, context));
}

/** For the settings form: secrets blanked (header names kept, values blanked). */
export function redactConfig(kind: DestinationKind, config: Config): Config {
  return mapSecrets(kind, config, () => "");
}

/**
 * The settings form sends blank secrets for "unchanged": keep the stored ones
 * (both plain, i.e. opened). Header maps keep a stored value per header name.
 */
export function keepUnchangedSecrets(kind: DestinationKind, submitted: Config, current: Config): Config {
  const out: Config = { ...submitted };
  for (const field of getAdapter(kind).secretFields) {
    const value = out[field];
    const previous = current[field];
    if ((value === "" || value === undefined) && typeof previous === "string") out[field] = previous;
    else if (value && typeof value === "object" && previous && typeof previous === "object") {
      const prev = previous as Record<string, unknown>;
      out[field] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, v === "" && typeof prev[k] === "string" ? prev[k] : v]),
      );
    }
  }
  return out;
}
