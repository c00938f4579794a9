import type { RecordLink } from "@/lib/destinations/types";

/** "Open in Dynamics / Salesforce / Marketo", or the record's id where the CRM has no page to open. */
export function CrmRecord({ record, id }: { record: RecordLink | null; id: string | null }) {
  if (!record || !id) return null;
  return (
    <span className="small" data-testid="crm-record">
      {record.url ? (
        <a href={record.url} target="_blank" rel="noopener noreferrer">
          {record.label}
        </a>
      ) : (
        record.label
      )}{" "}
      <code>{id}</code>
    </span>
  );
}
