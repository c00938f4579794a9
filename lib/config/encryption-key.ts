// ENCRYPTION_KEY seals destination secrets; secret-box.ts says when it is required.
import type { Env } from "@/lib/env";
import { encryptionKeyRequired, parseEncryptionKey } from "@/lib/security/secret-box";

export function checkEncryptionKey(env: Env): string[] {
  if (!env.ENCRYPTION_KEY?.trim()) {
    return encryptionKeyRequired(env)
      ? [
          "ENCRYPTION_KEY is not set: on PostgreSQL every instance and worker must share one " +
            "(`openssl rand -base64 32`).",
        ]
      : [];
  }
  try {
    parseEncryptionKey(env.ENCRYPTION_KEY);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
