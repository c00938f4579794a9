import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { ThemeProvider } from "@/components/shell/theme-provider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return { ...metadata, description: t("description") };
}

const metadata: Metadata = {
  title: { default: "Lead desk", template: "%s · Lead desk" },
  // Files in public/ (served as they are, without the pages' nonce policy).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#0f172a" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

// Every page carries the per-request CSP nonce the HTTP server sets on its scripts,
// so none may be prerendered (a static page's scripts would have no nonce).
export const dynamic = "force-dynamic";

// The language comes from lib/i18n/request.ts (the user's choice, else the browser's).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // The policy the HTTP server put on the request (lib/http/security-headers.mjs); Next reads its nonce there too.
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return (
    // next-themes sets the class before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <NextIntlClientProvider>
          <ThemeProvider nonce={nonce}>{children}</ThemeProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
