import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { ProductMark } from "@/components/shell/product-mark";
import { entraSettings } from "@/lib/auth/entra";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  PasswordChanged: "Your password was changed and your sessions ended. Sign in with the new password.",
  SignedOutEverywhere: "You were signed out on every device.",
};
// Reads the session; never prerendered at build time.
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : undefined;
  const notice = typeof params.notice === "string" ? notices[params.notice] : undefined;
  return (
    <main className="grid min-h-screen place-items-center p-4">
      <div className="w-full max-w-sm rounded-xl border bg-card p-6 text-card-foreground shadow-sm">
        <ProductMark className="mb-3 size-10" />
        <h1 className="mb-4 text-xl">Sign in to Lead desk</h1>
        {notice && (
          <p className="alert ok" role="status">
            {notice}
          </p>
        )}
        <LoginForm callbackUrl={callbackUrl} microsoft={entraSettings() !== null} initialError={error} />
      </div>
    </main>
  );
}
