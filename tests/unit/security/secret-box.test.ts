import { logger } from "@/lib/log/logger";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  decryptSecret,
  encryptSecret,
  isSealedSecret,
  loadEncryptionKey,
  parseEncryptionKey,
  SecretBoxError,
} from "@/lib/security/secret-box";

const key = randomBytes(32);
// Next's types make NODE_ENV mandatory on ProcessEnv.
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("encryptSecret / decryptSecret", () => {
  it("round-trips, including non-ASCII, in the compact versioned form", () => {
    const plain = "s3cr3t ✓ — Zoë=&/+";
    const sealed = encryptSecret(plain, key);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(isSealedSecret(sealed)).toBe(true);
    expect(sealed).not.toContain("s3cr3t");
    expect(decryptSecret(sealed, key)).toBe(plain);
    // A fresh IV every time: equal secrets do not look equal at rest.
    expect(encryptSecret(plain, key)).not.toBe(sealed);
  });

  it("detects tampering with ciphertext, tag or IV", () => {
    const sealed = encryptSecret("client-secret-value", key);
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const changed = [...parts];
      const bytes = Buffer.from(changed[index]!, "base64url");
      bytes[0]! ^= 1;
      changed[index] = bytes.toString("base64url");
      expect(() => decryptSecret(changed.join("."), key)).toThrow(SecretBoxError);
    }
    // A truncated tag must not be accepted either.
    const short = [...parts];
    short[2] = Buffer.from(parts[2]!, "base64url").subarray(0, 4).toString("base64url");
    expect(() => decryptSecret(short.join("."), key)).toThrow(SecretBoxError);
    expect(() => decryptSecret("plain text", key)).toThrow(/Not an encrypted secret/);
  });

  it("fails with another key", () => {
    const sealed = encryptSecret("x", key);
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow(/another ENCRYPTION_KEY/);
  });

  it("binds the context, so a sealed value cannot be moved to another field", () => {
    const sealed = encryptSecret("x", key, "DYNAMICS.clientSecret");
    expect(decryptSecret(sealed, key, "DYNAMICS.clientSecret")).toBe("x");
    expect(() => decryptSecret(sealed, key, "HTTPS.signingSecret")).toThrow(SecretBoxError);
  });
});

describe("encryption key", () => {
  const tmp: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of tmp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("accepts ENCRYPTION_KEY as hex or base64 and explains a malformed one", () => {
    expect(parseEncryptionKey(key.toString("hex")).equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString("base64")).equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString("base64url")).equals(key)).toBe(true);
    expect(loadEncryptionKey(env({ ENCRYPTION_KEY: key.toString("base64") })).equals(key)).toBe(true);
    for (const bad of ["short", randomBytes(16).toString("base64"), "zz".repeat(32)]) {
      expect(() => loadEncryptionKey(env({ ENCRYPTION_KEY: bad }))).toThrow(/ENCRYPTION_KEY must be 32 random bytes/);
    }
  });

  it("generates a key file once (mode 0600), warns once, and reuses it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-key-"));
    tmp.push(dir);
    const dataDir = path.join(dir, "data");
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const first = loadEncryptionKey(env({ DATA_DIR: dataDir }));
    const second = loadEncryptionKey(env({ DATA_DIR: dataDir }));
    expect(first.equals(second)).toBe(true);
    expect(first).toHaveLength(32);
    const file = path.join(dataDir, "encryption.key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/Back this file up/);
    // What one process sealed, the next (reading the file) opens.
    expect(decryptSecret(encryptSecret("kept", first), loadEncryptionKey(env({ DATA_DIR: dataDir })))).toBe("kept");
  });

  it("refuses to invent a key in production on PostgreSQL", () => {
    expect(() =>
      loadEncryptionKey(env({ NODE_ENV: "production", DATABASE_URL: "postgres://db/leads", DATA_DIR: "/nonexistent" })),
    ).toThrow(/Set ENCRYPTION_KEY.*production on PostgreSQL/);
    expect(
      loadEncryptionKey(
        env({ NODE_ENV: "production", DATABASE_URL: "postgres://db/leads", ENCRYPTION_KEY: key.toString("hex") }),
      ).equals(key),
    ).toBe(true);
  });

  it("keeps an in-memory database's key in memory", () => {
    const a = loadEncryptionKey(env({ DATA_DIR: "memory://test-a" }));
    expect(loadEncryptionKey(env({ DATA_DIR: "memory://test-a" })).equals(a)).toBe(true);
    expect(loadEncryptionKey(env({ DATA_DIR: "memory://test-b" })).equals(a)).toBe(false);
  });
});
