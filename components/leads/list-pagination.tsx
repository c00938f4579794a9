import Link from "next/link";
import { leadListQuery, MAX_PAGE, pageSizes, type LeadListParams } from "@/lib/leads/list-params";

interface Props {
  params: LeadListParams;
  total: number;
  capped: boolean;
  estimated: boolean;
  shown: number;
}

/** Previous / next links over a bounded offset; beyond MAX_PAGE the filter must narrow. */
export function ListPagination({ params, total, capped, estimated, shown }: Props) {
  const href = (patch: Partial<LeadListParams>) => {
    const query = leadListQuery({ ...params, ...patch });
    return query ? `/leads?${query}` : "/leads";
  };
  const first = (params.page - 1) * params.size + 1;
  const last = first + shown - 1;
  const pages = Math.min(MAX_PAGE, Math.ceil(total / params.size));
  const hasNext = params.page < MAX_PAGE && (capped || params.page < pages);
  return (
    <nav className="pager" aria-label="Pages">
      <span className="muted">
        {shown
          ? `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${estimated ? "≈ " : ""}${total.toLocaleString("en")}${capped ? "+" : ""}`
          : "No rows on this page"}
      </span>
      {params.page > 1 ? <Link href={href({ page: params.page - 1 })}>← Previous</Link> : <span className="muted">← Previous</span>}
      <span>Page {params.page}</span>
      {hasNext ? <Link href={href({ page: params.page + 1 })}>Next →</Link> : <span className="muted">Next →</span>}
      <span className="inline">
        {pageSizes.map((size) =>
          size === params.size ? (
            <strong key={size}>{size}</strong>
          ) : (
            <Link key={size} href={href({ size, page: 1 })}>
              {size}
            </Link>
          ),
        )}
        <span className="muted">per page</span>
      </span>
      {params.page === MAX_PAGE && <span className="muted">Narrow the filter or export to see more.</span>}
    </nav>
  );
}
