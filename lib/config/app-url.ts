// APP_URL is the public base of sign-in callbacks and webhook URLs.
import type { Env } from "@/lib/env";

export function checkAppUrl(env: Env): string[] {
  const raw = env.APP_URL?.trim();
  if (!raw) return [];
  const fix = "set it to the address people open, such as https://leads.example.com";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [`APP_URL "${raw}" is not a URL: ${fix}.`];
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return [`APP_URL must start with https:// or http://: ${fix}.`];
  }
  if (url.search || url.hash || url.username || url.password) {
    return [`APP_URL must not carry a query, fragment or credentials: ${fix}.`];
  }
  return [];
}
