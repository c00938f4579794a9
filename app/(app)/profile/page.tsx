import type { Metadata } from "next";
import { ChangePasswordSection } from "@/components/profile/change-password-section";
import { SignOutEverywhereSection } from "@/components/profile/sign-out-everywhere-section";
import { passwordMinLength } from "@/lib/auth/password-policy";
import { profilePath, requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Profile" };

// One section component per concern (components/profile/), so more can be added beside these.
export default async function ProfilePage() {
  const me = await requirePageUser(undefined, profilePath);
  return (
    <>
      <h1>Profile</h1>
      <p className="muted">
        {me.name ? `${me.name} · ` : ""}
        {me.email} · {me.role === "ADMIN" ? "Admin" : "Sales"}
      </p>
      <ChangePasswordSection required={me.mustChangePassword} minLength={passwordMinLength} />
      <SignOutEverywhereSection />
    </>
  );
}
