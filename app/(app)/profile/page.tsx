import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordSection } from "@/components/profile/change-password-section";
import { EmailPreferencesSection } from "@/components/profile/email-preferences-section";
import { TimeZoneSection } from "@/components/profile/time-zone-section";
import { SignOutEverywhereSection } from "@/components/profile/sign-out-everywhere-section";
import { passwordMinLength } from "@/lib/auth/password-policy";
import { profilePath, requirePageUser } from "@/lib/auth/session";
import { getMailPreferences } from "@/lib/alerts/email-preferences";
import { emailConfigured } from "@/lib/alerts/send-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("heading") };
}

/** Every zone the runtime knows, with UTC and the user's own even where the list lacks them. */
function timeZones(current: string | null): string[] {
  return [...new Set(["UTC", ...(current ? [current] : []), ...Intl.supportedValuesOf("timeZone")])].sort();
}

// One section component per concern (components/profile/), so more can be added beside these.
export default async function ProfilePage() {
  const me = await requirePageUser(undefined, profilePath);
  const [preferences, t, domain] = await Promise.all([
    getMailPreferences(me.id),
    getTranslations("profile"),
    getTranslations("domain"),
  ]);
  const chosen = Object.entries(preferences)
    .filter(([, on]) => on)
    .map(([name]) => name);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mb-4 text-muted-foreground">
        {me.name ? `${me.name} · ` : ""}
        {me.email} · {domain(`role.${me.role}`)}
      </p>
      <ChangePasswordSection required={me.mustChangePassword} minLength={passwordMinLength} />
      <EmailPreferencesSection selected={chosen} configured={emailConfigured()} />
      <TimeZoneSection timeZone={me.timeZone} zones={timeZones(me.timeZone)} />
      <SignOutEverywhereSection />
    </>
  );
}
