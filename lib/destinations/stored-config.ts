// How a destination's settings sit in its row: non-secret fields in `config`
// (readable JSON), secret fields sealed in `secrets` (a JSON object of
// secret-box ciphertexts; header names stay readable, their values do not).
import type { Prisma } from "@/lib/generated/prisma/client";
import { openConfig, sealConfig } from "@/lib/destinations/config-secrets";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";

type Config = Record<string, unknown>;

export interface StoredConfig {
  config: Prisma.InputJsonObject;
  secrets: string | null;
}

export interface StoredRow {
  kind: DestinationKind;
  config: unknown;
  secrets: string | null;
}

const isSet = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== "" &&
  !(typeof value === "object" && Object.keys(value).length === 0);

/** Splits a validated config into the two columns, sealing the secrets. */
export function toStoredConfig(kind: DestinationKind, config: Config, key?: Buffer): StoredConfig {
  const secretNames = new Set(getAdapter(kind).secretFields);
  const plain: Config = {};
  const secret: Config = {};
  for (const [name, value] of Object.entries(config)) {
    if (value === undefined) continue;
    if (!secretNames.has(name)) plain[name] = value;
    else if (isSet(value)) secret[name] = value;
  }
  const sealed = Object.keys(secret).length ? sealConfig(kind, secret, key) : null;
  return { config: plain as Prisma.InputJsonObject, secrets: sealed ? JSON.stringify(sealed) : null };
}

function sealedPart(row: StoredRow): Config {
  if (!row.secrets) return {};
  const parsed: unknown = JSON.parse(row.secrets);
  return parsed && typeof parsed === "object" ? (parsed as Config) : {};
}

/** The whole config with secrets opened, for sending. Throws SecretBoxError on a wrong key. */
export function fromStoredConfig(row: StoredRow): Config {
  const plain = row.config && typeof row.config === "object" ? (row.config as Config) : {};
  return { ...plain, ...openConfig(row.kind, sealedPart(row)) };
}

/** The config for the settings form: secrets left out entirely, plus which secret fields hold a value. */
export function formConfig(row: StoredRow): {
  config: Config;
  storedSecrets: string[];
  headerNames: Record<string, string[]>;
} {
  const plain = row.config && typeof row.config === "object" ? (row.config as Config) : {};
  const sealed = sealedPart(row);
  const headerNames: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(sealed)) {
    if (value && typeof value === "object") headerNames[name] = Object.keys(value);
  }
  return { config: plain, storedSecrets: Object.keys(sealed), headerNames };
}
