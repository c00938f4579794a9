import { useTranslations } from "next-intl";

/** The CRM's answer exactly as stored (first 2 KB, secrets masked), one click behind the verdict. */
export function RawAnswer({ text }: { text: string }) {
  const t = useTranslations("destinations.log");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted-foreground">{t("rawAnswer")}</summary>
      {/* Rendered as text by React: the answer is escaped, never interpreted. */}
      <pre
        className="mt-1 max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs wrap-anywhere whitespace-pre-wrap"
        data-testid="raw-answer"
      >
        {text || t("empty")}
      </pre>
    </details>
  );
}
