"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import { Toaster } from "@/components/ui/sonner";

/**
 * Light, dark or the system's: next-themes sets class="dark" on <html> from an
 * inline script before the first paint. That script carries the request's CSP
 * nonce (lib/http/security-headers.mjs), or the policy would block it.
 */
export function ThemeProvider({ nonce, children }: { nonce?: string; children: React.ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
      <Toaster />
    </NextThemesProvider>
  );
}
