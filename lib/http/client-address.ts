// The client's address for per-address limits (failed webhook keys, sign-in).
// X-Forwarded-For's rightmost entry is the one the nearest proxy appended (the
// address it saw), so a client cannot choose it by sending the header itself;
// `next start` sets the header to the socket's address when no proxy did.
// Entries further left are whatever the client claimed and are ignored.
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",").map((entry) => entry.trim()).filter(Boolean);
  return forwarded?.at(-1) || get("x-real-ip")?.trim() || "unknown";
}
