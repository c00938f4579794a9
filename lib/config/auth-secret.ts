// AUTH_SECRET signs session cookies. The embedded quick start generates one
// into DATA_DIR; on PostgreSQL every instance must share one, so it is required.
import type { Env } from "@/lib/env";

const MIN_LENGTH = 32;

export function checkAuthSecret(env: Env): string[] {
  const secret = env.AUTH_SECRET || env.NEXTAUTH_SECRET;
  if (!secret) {
    return env.DATABASE_URL?.trim()
      ? ["AUTH_SECRET is not set: set a random value every instance shares (`openssl rand -base64 32`)."]
      : [];
  }
  if (secret.length < MIN_LENGTH) {
    return [
      `AUTH_SECRET is ${secret.length} characters long: use at least ${MIN_LENGTH} (\`openssl rand -base64 32\`).`,
    ];
  }
  return [];
}
