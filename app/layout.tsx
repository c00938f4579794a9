import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { CspSafeZod } from "@/components/csp-safe-zod";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lead desk", template: "%s · Lead desk" },
  description: "Every Microsoft commercial marketplace lead, caught, triaged and forwarded to your CRM.",
  // Files in public/ (served as they are, outside proxy.ts).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page carries the per-request CSP nonce proxy.ts sets on its scripts,
// so none may be prerendered (a static page's scripts would have no nonce).
export const dynamic = "force-dynamic";

// The language comes from lib/i18n/request.ts (the user's choice, else the browser's).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <CspSafeZod />
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
