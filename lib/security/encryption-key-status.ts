// Where the key that seals destination secrets comes from, for the settings
// page: an embedded install must be told to back up the generated key file.
import path from "node:path";
import { dataDir } from "@/lib/db/config";
import { encryptionKey } from "@/lib/security/secret-box";

export type KeyStatus =
  { source: "env" } | { source: "file"; file: string } | { source: "memory" } | { source: "unusable"; message: string };

export function encryptionKeyStatus(env: NodeJS.ProcessEnv = process.env): KeyStatus {
  try {
    encryptionKey(); // creates the embedded key file on first use
  } catch (error) {
    return { source: "unusable", message: error instanceof Error ? error.message : String(error) };
  }
  if (env.ENCRYPTION_KEY?.trim()) return { source: "env" };
  const dir = dataDir(env);
  return dir.startsWith("memory://")
    ? { source: "memory" }
    : { source: "file", file: path.join(dir, "encryption.key") };
}
