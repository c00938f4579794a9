"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { changePasswordAction } from "@/lib/actions/users/change-password-action";

const fields = [
  ["currentPassword", "currentPassword", "current-password"],
  ["newPassword", "newPassword", "new-password"],
  ["confirmPassword", "newPasswordAgain", "new-password"],
] as const;

/** Profile: the user's own password. Changing it signs them out everywhere, here too. */
// minLength comes from the page: the policy module holds the common-password list, which must not reach the browser.
export function ChangePasswordSection({ required, minLength }: { required: boolean; minLength: number }) {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const { formProps, errors } = useFormChecks(state);
  return (
    <Card aria-labelledby="change-password">
      <CardHeader
        title={<span id="change-password">{t("changePassword")}</span>}
        description={t("passwordRules", { minLength })}
      />
      {required && (
        <Alert variant="error" role="alert" className="mb-4">
          {t("passwordResetByAdmin")}
        </Alert>
      )}
      <KeptValuesForm action={action} className="flex max-w-md flex-col gap-3.5" {...formProps}>
        {fields.map(([name, label, autoComplete]) => (
          <Field key={name} id={`profile-${name}`} label={t(label)} errors={errors(name)}>
            <Input
              name={name}
              type="password"
              autoComplete={autoComplete}
              required
              {...fieldAria(`profile-${name}`, errors(name))}
            />
          </Field>
        ))}
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("changingPassword") : t("changePassword")}
          </Button>
        </div>
        <FormError state={state} />
      </KeptValuesForm>
    </Card>
  );
}
