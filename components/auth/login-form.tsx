"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { loginThrottledError } from "@/lib/auth/login-throttled-error";

// next-auth's error codes → message keys (lib/i18n, namespace "login").
const errorKeys: Record<string, "errorCredentials" | "errorThrottled" | "errorNotInvited"> = {
  CredentialsSignin: "errorCredentials",
  [loginThrottledError]: "errorThrottled",
  NotInvited: "errorNotInvited",
  AccessDenied: "errorNotInvited",
};

const field = "flex flex-col gap-1.5 text-sm font-medium";

export function LoginForm(props: { callbackUrl: string; microsoft: boolean; initialError?: string }) {
  const router = useRouter();
  const t = useTranslations("login");
  const errorText = (code: string, fallback: "errorGeneric" | "errorCredentials") => t(errorKeys[code] ?? fallback);
  const [error, setError] = useState(props.initialError ? errorText(props.initialError, "errorGeneric") : "");
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(props.callbackUrl);
      router.refresh();
    } else {
      setError(errorText(result?.error ?? "", "errorCredentials"));
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <form className="flex flex-col gap-3" onSubmit={submit} noValidate>
        <label className={field}>
          {t("email")}
          <Input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label className={field}>
          {t("password")}
          <Input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <Alert variant="error" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {props.microsoft && (
        <Button type="button" variant="outline" onClick={() => signIn("azure-ad", { callbackUrl: props.callbackUrl })}>
          {t("microsoft")}
        </Button>
      )}
    </div>
  );
}
