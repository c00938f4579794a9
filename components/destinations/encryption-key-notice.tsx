import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { KeyStatus } from "@/lib/security/encryption-key-status";

/** Tells the admin where the key that seals destination secrets lives, and to back it up. */
export function EncryptionKeyNotice({ status }: { status: KeyStatus }) {
  const t = useTranslations("destinations.encryptionKey");
  if (status.source === "env") return null;
  if (status.source === "unusable") {
    return (
      <Alert variant="error" role="alert" className="mb-4">
        {t("unusable", { problem: status.message })}
      </Alert>
    );
  }
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <Alert className="mb-4 border-warning/40 bg-warning/10" data-testid="key-notice">
      {status.source === "file" ? t.rich("file", { file: status.file, code }) : t.rich("memory", { code })}
    </Alert>
  );
}
