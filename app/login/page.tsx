import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { ProductMark } from "@/components/shell/product-mark";
import { entraSettings } from "@/lib/auth/entra";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

const notices = { PasswordChanged: "noticePasswordChanged", SignedOutEverywhere: "noticeSignedOutEverywhere" } as const;
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
  const t = await getTranslations("login");
  const notice = typeof params.notice === "string" && Object.hasOwn(notices, params.notice) ? params.notice : undefined;
  const noticeText = notice ? t(notices[notice as keyof typeof notices]) : undefined;
  return (
    <main className="grid min-h-screen place-items-center p-4">
      <div className="w-full max-w-sm rounded-xl border bg-card p-6 text-card-foreground shadow-sm">
        <ProductMark className="mb-3 size-10" />
        <h1 className="mb-4 text-xl">{t("heading")}</h1>
        {noticeText && (
          <Alert variant="success" role="status" className="mb-3">
            {noticeText}
          </Alert>
        )}
        <LoginForm callbackUrl={callbackUrl} microsoft={entraSettings() !== null} initialError={error} />
      </div>
    </main>
  );
}
