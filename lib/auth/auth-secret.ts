// The key next-auth signs and encrypts session cookies with: AUTH_SECRET (or
// NEXTAUTH_SECRET) from the environment, else generated once into the data
// folder so the embedded quick start needs no configuration.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/config";
import { OperatorError } from "@/lib/operator-error";

let cached: string | undefined;

export function authSecret(): string {
  cached ??= process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || fromDataDir();
  return cached;
}

function fromDataDir(): string {
  const dir = dataDir();
  if (process.env.DATABASE_URL || dir.startsWith("memory://")) {
    throw new OperatorError("Set AUTH_SECRET (for example `openssl rand -base64 32`) when running on PostgreSQL.");
  }
  const file = path.join(dir, "auth-secret");
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}
