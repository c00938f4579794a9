import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Card, CardHeader } from "@/components/ui/card";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere-action";

/** Profile: end every session of this user, on every device (this one too). */
export async function SignOutEverywhereSection() {
  const t = await getTranslations("profile");
  return (
    <Card aria-labelledby="sign-out-everywhere">
      <CardHeader title={<span id="sign-out-everywhere">{t("sessions")}</span>} description={t("sessionsAbout")} />
      <ActionButton
        action={signOutEverywhereAction}
        fields={{ confirm: "yes" }}
        label={t("signOutEverywhere")}
        pendingLabel={t("signingOut")}
        variant="danger"
        confirmText={t("confirmSignOutEverywhere")}
        toast
      />
    </Card>
  );
}
