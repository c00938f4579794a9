"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-feedback";
import { Input } from "@/components/ui/input";
import { KeptValuesForm } from "@/components/ui/kept-values-form";
import { NativeSelect } from "@/components/ui/select";
import { useFormChecks } from "@/components/ui/use-form-checks";
import { useResetOnSuccess } from "@/components/ui/use-reset-on-success";
import { useResultToast } from "@/components/ui/use-result-toast";
import { createUserAction } from "@/lib/actions/users/create-user-action";
import { OneTimePassword } from "./one-time-password";

export function NewUserForm() {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const domain = useTranslations("domain");
  const [state, action, pending] = useActionState(createUserAction, null);
  const { formProps, errors } = useFormChecks(state);
  useResultToast(state);
  const form = useResetOnSuccess(state); // a refusal keeps what was typed
  return (
    <KeptValuesForm ref={form} action={action} className="flex flex-col gap-4" {...formProps}>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] items-start gap-3">
        <Field id="new-user-email" label={common("email")} errors={errors("email")}>
          <Input name="email" type="email" required {...fieldAria("new-user-email", errors("email"))} />
        </Field>
        <Field id="new-user-name" label={common("name")} errors={errors("name")}>
          <Input name="name" maxLength={100} {...fieldAria("new-user-name", errors("name"))} />
        </Field>
        <Field id="new-user-role" label={t("role")} errors={errors("role")}>
          <NativeSelect
            name="role"
            defaultValue="SALES"
            className="w-full"
            {...fieldAria("new-user-role", errors("role"))}
          >
            <option value="SALES">{domain("role.SALES")}</option>
            <option value="ADMIN">{domain("role.ADMIN")}</option>
          </NativeSelect>
        </Field>
        <Field id="new-user-password" label={t("password")} errors={errors("password")}>
          <Input
            name="password"
            type="password"
            autoComplete="new-password"
            placeholder={t("passwordPlaceholder")}
            {...fieldAria("new-user-password", errors("password"))}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
      <FormError state={state} />
      {state?.ok && state.data?.generatedPassword && (
        <OneTimePassword email={state.data.email} password={state.data.generatedPassword} testId="generated-password" />
      )}
    </KeptValuesForm>
  );
}
