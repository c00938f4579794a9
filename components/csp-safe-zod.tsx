"use client";

// Zod compiles object parsers with new Function() where it may, and finds out
// by trying once, which the pages' CSP (no 'unsafe-eval', proxy.ts) reports as
// a violation. In the browser it parses without compiling; the server keeps
// the compiled parsers.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

/** Rendered once by the root layout, so this module runs before any page's client code parses. */
export function CspSafeZod() {
  return null;
}
