// Destination secrets (client secrets, SAS tokens, signing secrets) are
// stored encrypted with AES-256-GCM as "v1.<iv>.<tag>.<ciphertext>"
// (base64url). The version prefix leaves room for key rotation later.
//
// Key: ENCRYPTION_KEY (32 bytes as 64 hex chars or base64). Without it the
// embedded quick start generates one into <DATA_DIR>/encryption.key — but
// never in production on a shared PostgreSQL: each app server would invent its
// own key and could not read the others' secrets.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/config";
import type { Env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

const VERSION = "v1";
const IV_BYTES = 12;

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

export function parseEncryptionKey(raw: string): Buffer {
  const text = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(text)
    ? Buffer.from(text, "hex")
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text)
      ? Buffer.from(text, text.includes("-") || text.includes("_") ? "base64url" : "base64")
      : null;
  if (!key || key.length !== 32) {
    throw new SecretBoxError(
      "ENCRYPTION_KEY must be 32 random bytes written as 64 hex characters or as base64 " +
        "(create one with `openssl rand -base64 32`).",
    );
  }
  return key;
}

const memoryKeys = new Map<string, Buffer>();

/** On PostgreSQL outside development and tests: a key generated per machine could not open others' secrets. */
export function encryptionKeyRequired(env: Env): boolean {
  return Boolean(env.DATABASE_URL?.trim()) && env.NODE_ENV !== "development" && env.NODE_ENV !== "test";
}

/** Resolves the key from the environment or the data folder (uncached; see encryptionKey()). */
export function loadEncryptionKey(env: Env = process.env): Buffer {
  if (env.ENCRYPTION_KEY?.trim()) return parseEncryptionKey(env.ENCRYPTION_KEY);
  if (encryptionKeyRequired(env)) {
    throw new SecretBoxError(
      "Set ENCRYPTION_KEY (for example `openssl rand -base64 32`) when running in production on PostgreSQL: " +
        "every app server must share the same key to read destination secrets.",
    );
  }
  const dir = dataDir(env);
  // An in-memory database lives as long as the process; so may its key.
  if (dir.startsWith("memory://")) {
    let key = memoryKeys.get(dir);
    if (!key) memoryKeys.set(dir, (key = randomBytes(32)));
    return key;
  }
  return keyFromFile(path.join(dir, "encryption.key"));
}

function keyFromFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64") + "\n", { flag: "wx", mode: 0o600 });
    logger.warn(
      `Generated a new encryption key for CRM secrets at ${file}. Back this file up ` +
        "(or set ENCRYPTION_KEY): without it, saved destination secrets cannot be decrypted.",
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  try {
    return parseEncryptionKey(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new SecretBoxError(`The key file ${file} is malformed: ${(error as Error).message}`);
  }
}

let cachedKey: Buffer | undefined;
export function encryptionKey(): Buffer {
  cachedKey ??= loadEncryptionKey();
  return cachedKey;
}

/**
 * `context` (e.g. "destination:<id>:clientSecret") is bound as associated data,
 * so a sealed value cannot be moved to another field.
 */
export function encryptSecret(plaintext: string, key: Buffer = encryptionKey(), context = ""): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${context}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptSecret(sealed: string, key: Buffer = encryptionKey(), context = ""): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length) {
    throw new SecretBoxError("Not an encrypted secret (expected v1.<iv>.<tag>.<ciphertext>).");
  }
  try {
    // A fixed tag length: Node would otherwise accept a truncated (forgeable) tag.
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(`${VERSION}:${context}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError(
      "Could not decrypt a stored secret: it was altered or sealed with another ENCRYPTION_KEY.",
    );
  }
}

export function isSealedSecret(value: string): boolean {
  return /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value);
}
