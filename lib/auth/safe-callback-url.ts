// Where to send someone after sign-in: only a path on this site. Browsers drop
// control characters and whitespace from URLs and read "\" as "/", so a value
// like "/<tab>/evil.example" or "/\evil.example" that looks like a path can
// navigate off-site; such values are refused outright, the rest is resolved
// against APP_URL and must keep its origin. The answer is the resolved path
// (non-ASCII percent-encoded), so it is always safe in a Location header.
import { appUrl } from "@/lib/app-url";

// C0 and C1 controls, DEL, every Unicode space or line separator, BOM, backslash.
const unsafe = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;
const maxLength = 2048;

export function safeCallbackUrl(value: unknown, base: string = appUrl()): string {
  if (typeof value !== "string" || value.length > maxLength || !value.startsWith("/") || unsafe.test(value)) return "/";
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return "/";
  }
  if (resolved.origin !== new URL(base).origin) return "/";
  const path = resolved.pathname + resolved.search + resolved.hash;
  // "/.//x" normalises to "//x", which a browser would read as another host.
  return path.startsWith("//") ? "/" : path;
}
