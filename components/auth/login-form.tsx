"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { loginThrottledError } from "@/lib/auth/login-throttled-error";

const messages: Record<string, string> = {
  CredentialsSignin: "That e-mail and password do not match an active account.",
  [loginThrottledError]: "Too many failed sign-ins for this account. Wait a little, then try again.",
  NotInvited: "Your Microsoft account is not a Lead desk user yet. Ask an admin to add your e-mail.",
  AccessDenied: "Your Microsoft account is not a Lead desk user yet. Ask an admin to add your e-mail.",
};

const field = "flex flex-col gap-1.5 text-sm font-medium";

export function LoginForm(props: { callbackUrl: string; microsoft: boolean; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(
    props.initialError ? (messages[props.initialError] ?? "Sign-in failed. Please try again.") : "",
  );
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
      setError(messages[result?.error ?? ""] ?? messages.CredentialsSignin!);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <form className="flex flex-col gap-3" onSubmit={submit} noValidate>
        <label className={field} data-slot="label">
          E-mail
          <Input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label className={field} data-slot="label">
          Password
          <Input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p className="alert error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {props.microsoft && (
        <Button type="button" variant="outline" onClick={() => signIn("azure-ad", { callbackUrl: props.callbackUrl })}>
          Sign in with Microsoft
        </Button>
      )}
    </div>
  );
}
