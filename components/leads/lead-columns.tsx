// Column definitions of the lead list: what each column shows, whether it
// sorts (server-side, by the same id as the URL's sort key) and which filter
// it offers in the toolbar (meta.filter).
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { customerName, stageLabels } from "@/lib/leads/labels";
import type { LeadRow } from "@/lib/leads/list-leads";
import { statusLabels } from "@/lib/leads/statuses";
import { formatDateTime } from "@/lib/format";
import { describeClock, readClock } from "@/lib/leads/response-clock";
import { leadTableFeatures } from "./lead-table-features";

const helper = createColumnHelper<typeof leadTableFeatures, LeadRow>();

export const leadColumns = helper.columns([
  helper.display({
    id: "select",
    enableHiding: false,
    enableSorting: false,
    header: ({ table }) => (
      <input type="checkbox" aria-label="Select all on this page" checked={table.getIsAllPageRowsSelected()} onChange={table.getToggleAllPageRowsSelectedHandler()} />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label={`Select ${customerName(row.original)}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  }),
  helper.accessor("receivedAt", {
    id: "received",
    header: "Received",
    meta: { label: "Received", filter: { kind: "dates" } },
    cell: (c) => <span className="nowrap">{formatDateTime(c.getValue())}</span>,
  }),
  helper.accessor((l) => customerName(l), {
    id: "name",
    header: "Name",
    enableHiding: false,
    meta: { label: "Name", filter: { kind: "text" } },
    cell: (c) => <Link href={`/leads/${c.row.original.id}`}>{c.getValue()}</Link>,
  }),
  helper.accessor("company", { id: "company", header: "Company", meta: { label: "Company" } }),
  helper.accessor("title", { id: "title", header: "Title", enableSorting: false, meta: { label: "Title", hiddenByDefault: true } }),
  helper.accessor("email", { id: "email", header: "E-mail", enableSorting: false, meta: { label: "E-mail" } }),
  helper.accessor("country", { id: "country", header: "Country", enableSorting: false, meta: { label: "Country", hiddenByDefault: true } }),
  helper.accessor("source", { id: "source", header: "Source", enableSorting: false, meta: { label: "Source", filter: { kind: "facet", param: "source" } } }),
  helper.accessor("action", {
    id: "action",
    header: "Action",
    enableSorting: false,
    meta: { label: "Action", filter: { kind: "facet", param: "action" } },
    cell: (c) => (c.getValue() ? <span className="badge">{c.getValue()}</span> : null),
  }),
  helper.accessor("offerId", {
    id: "offer",
    header: "Offer",
    enableSorting: false,
    meta: { label: "Offer", filter: { kind: "facet", param: "offer", searchable: true } },
    cell: (c) => (
      <span>
        {c.row.original.offerTitle ?? "—"}
        {c.getValue() && <span className="muted small block">{c.getValue()}</span>}
      </span>
    ),
  }),
  helper.accessor("stage", {
    id: "stage",
    header: "Stage",
    meta: { label: "Funnel stage", filter: { kind: "facet", param: "stage", labels: stageLabels } },
    cell: (c) => stageLabels[c.getValue()],
  }),
  helper.accessor("status", {
    id: "status",
    header: "Status",
    meta: { label: "Status", filter: { kind: "facet", param: "status", labels: statusLabels } },
    cell: (c) => <span className={`badge status-${c.getValue().toLowerCase()}`}>{statusLabels[c.getValue()]}</span>,
  }),
  helper.accessor((l) => l.owner?.name || l.owner?.email || "", {
    id: "owner",
    header: "Owner",
    enableSorting: false,
    meta: { label: "Owner", filter: { kind: "facet", param: "owner", single: true, labels: { me: "Me", unassigned: "Unassigned" } } },
    cell: (c) => c.getValue() || <span className="muted">Unassigned</span>,
  }),
  helper.accessor("dueAt", {
    id: "due",
    header: "Due",
    meta: { label: "Due", filter: { kind: "sla" } },
    cell: ({ row: { original: l } }) => {
      const clock = readClock(l);
      if (clock.state === "none") return <span className="muted">—</span>;
      // Time left is relative to the moment of rendering: the browser's may be a minute on from the server's.
      return (
        <span className={`nowrap badge sla-${clock.state}`} title={`Due ${formatDateTime(clock.dueAt)}`} suppressHydrationWarning>
          {describeClock(clock)}
        </span>
      );
    },
  }),
  helper.display({
    id: "flags",
    header: "Flags",
    enableSorting: false,
    meta: { label: "Flags", filter: { kind: "flags" } },
    cell: ({ row: { original: l } }) => (
      <span className="inline wrap">
        {l.isTest && <span className="badge">Test</span>}
        {l.doNotContact && <span className="badge danger">Do not contact</span>}
        {l.duplicateOfId && <span className="badge">Duplicate</span>}
        {l.duplicateCount > 0 && <span className="badge">+{l.duplicateCount} duplicate{l.duplicateCount > 1 ? "s" : ""}</span>}
      </span>
    ),
  }),
]);
