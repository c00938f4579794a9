"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-feedback";
import { useResultToast } from "@/components/ui/use-result-toast";
import { resetPasswordAction } from "@/lib/actions/users/reset-password-action";
import { OneTimePassword } from "./one-time-password";

/** Users page: a new one-time password for someone, shown once; they must replace it at their next sign-in. */
interface Props {
  userId: string;
  email: string;
  disabled?: boolean;
}

export function ResetPasswordButton({ userId, email, disabled }: Props) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  useResultToast(state);
  const [asking, setAsking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action} className="inline-flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="userId" value={userId} />
      <Button type="button" size="sm" variant="outline" disabled={pending || disabled} onClick={() => setAsking(true)}>
        {pending ? t("resetting") : t("resetPassword")}
      </Button>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        question={t("confirmReset", { email })}
        confirmLabel={t("resetPassword")}
        destructive
        onConfirm={() => form.current?.requestSubmit()}
      />
      <FormError state={state} />
      {state?.ok && state.data && (
        <OneTimePassword email={state.data.email} password={state.data.password} testId="reset-password" />
      )}
    </form>
  );
}
