"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button type="button" variant="outline" size="sm" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOut")}
    </Button>
  );
}
