"use client";

import Link from "next/link";
import { ChevronDownIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { SessionUser } from "@/lib/auth/session";
import { LanguageMenu } from "./language-menu";

export function UserMenu({ user }: { user: Pick<SessionUser, "name" | "email" | "role" | "locale"> }) {
  const t = useTranslations("shell");
  const domain = useTranslations("domain");
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`${t("userMenu")}: ${user.name || user.email}`}
          className="text-inherit hover:bg-white/10 hover:text-white"
        >
          <span className="hidden max-w-48 truncate sm:inline">{user.name || user.email}</span>
          <ChevronDownIcon />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="flex w-64 flex-col gap-1.5 p-3">
        <strong className="truncate">{user.name || user.email}</strong>
        <span className="truncate text-sm text-muted-foreground">{user.email}</span>
        <Badge className="self-start">{domain(`role.${user.role}`)}</Badge>
        <Link href="/profile" className="py-1">
          {t("profile")}
        </Link>
        <LanguageMenu saved={user.locale} />
        <SignOutButton />
      </PopoverContent>
    </Popover>
  );
}
