import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { SessionUser } from "@/lib/auth/session";
import { LanguageMenu } from "./language-menu";
import { NavLink } from "./nav-link";

export async function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        <nav className="nav" aria-label={t("mainNav")}>
          <NavLink href="/">{t("overview")}</NavLink>
          <NavLink href="/leads">{t("leads")}</NavLink>
          {user.role === "ADMIN" && <NavLink href="/settings">{t("settings")}</NavLink>}
        </nav>
        <details className="user-menu">
          <summary aria-label={t("userMenu")}>
            <span className="hide-narrow">{user.name || user.email}</span>
            <span aria-hidden> ▾</span>
          </summary>
          <div className="menu">
            <strong>{user.name || user.email}</strong>
            <span className="muted">{user.email}</span>
            <span className="badge">{user.role === "ADMIN" ? t("roleAdmin") : t("roleSales")}</span>
            <Link href="/profile">{t("profile")}</Link>
            <LanguageMenu saved={user.locale} />
            <SignOutButton />
          </div>
        </details>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
