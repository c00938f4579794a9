"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className="rounded-md px-2 py-1 text-sm text-slate-200 no-underline hover:bg-white/10 hover:text-white
        hover:no-underline
        aria-[current=page]:bg-white/15 aria-[current=page]:text-white"
    >
      {children}
    </Link>
  );
}
