import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { CommandPalette } from "./command-palette";
import { NavLink } from "./nav-link";
import { ProductMark } from "./product-mark";
import { ThemeMenu } from "./theme-menu";
import { TimeZoneProvider } from "./time-zone";
import { UserMenu } from "./user-menu";

export async function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <TimeZoneProvider timeZone={user.timeZone}>
      <div className="flex min-h-screen flex-col">
        <header
          className="flex items-center gap-3 bg-slate-900 px-3 py-1.5 text-slate-100 sm:gap-5 sm:px-5 dark:border-b
            dark:bg-card"
        >
          <Link href="/" className="flex items-center gap-2 font-semibold text-white no-underline hover:no-underline">
            <ProductMark className="size-6" />
            <span className="hidden sm:inline">{t("brand")}</span>
          </Link>
          <nav className="flex min-w-0 flex-1 gap-1 overflow-x-auto" aria-label={t("mainNav")}>
            <NavLink href="/">{t("overview")}</NavLink>
            <NavLink href="/leads">{t("leads")}</NavLink>
            {user.role === "ADMIN" && <NavLink href="/settings">{t("settings")}</NavLink>}
          </nav>
          <CommandPalette isAdmin={user.role === "ADMIN"} />
          <ThemeMenu />
          <UserMenu user={user} />
        </header>
        <main className="mx-auto w-full max-w-screen-2xl flex-1 px-3 pt-4 pb-10 sm:px-5">{children}</main>
      </div>
    </TimeZoneProvider>
  );
}
