import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { SessionUser } from "@/lib/auth/session";
import { NavLink } from "./nav-link";

export function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          Lead desk
        </Link>
        <nav className="nav" aria-label="Main">
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/leads">Leads</NavLink>
          {user.role === "ADMIN" && <NavLink href="/settings">Settings</NavLink>}
        </nav>
        <details className="user-menu">
          <summary aria-label="User menu">
            <span className="hide-narrow">{user.name || user.email}</span>
            <span aria-hidden> ▾</span>
          </summary>
          <div className="menu">
            <strong>{user.name || user.email}</strong>
            <span className="muted">{user.email}</span>
            <span className="badge">{user.role === "ADMIN" ? "Admin" : "Sales"}</span>
            <Link href="/profile">Profile</Link>
            <SignOutButton />
          </div>
        </details>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
