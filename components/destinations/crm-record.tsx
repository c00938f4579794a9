import { useTranslations } from "next-intl";
import type { DestinationKind, RecordLink } from "@/lib/destinations/types";

// The CRMs whose records open in their own web app (the adapters' recordLink).
const crmNames: Partial<Record<DestinationKind, string>> = {
  DYNAMICS: "Dynamics",
  SALESFORCE_API: "Salesforce",
  MARKETO: "Marketo",
};

/**
 * "Open in Dynamics / Salesforce / Marketo", or the record's id where the CRM has no page to open.
 * Without `kind` the adapter's English label is shown.
 */
export function CrmRecord({
  kind,
  record,
  id,
}: {
  kind?: DestinationKind;
  record: RecordLink | null;
  id: string | null;
}) {
  const t = useTranslations("destinations.record");
  if (!record || !id) return null;
  const crm = kind && crmNames[kind];
  const label = !kind
    ? record.label
    : record.url && crm
      ? t("openIn", { crm })
      : kind === "AZURE_TABLE"
        ? t("azureEntity")
        : t("id");
  return (
    <span className="text-sm" data-testid="crm-record">
      {record.url ? (
        <a href={record.url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}{" "}
      <code className="text-xs">{id}</code>
    </span>
  );
}
