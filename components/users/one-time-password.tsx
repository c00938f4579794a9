"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** A password generated for someone, shown once after it is set (new user, admin reset). */
export function OneTimePassword({ email, password, testId }: { email: string; password: string; testId: string }) {
  const t = useTranslations("users");
  return (
    <Alert variant="success">
      {t("oneTimePassword", { email })}{" "}
      <code className="rounded-md bg-muted px-2 py-1 font-mono break-all text-foreground" data-testid={testId}>
        {password}
      </code>
    </Alert>
  );
}
