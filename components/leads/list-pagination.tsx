import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { type LeadListParams } from "@/lib/leads/list-params";
import { leadListQuery, MAX_PAGE, pageSizes } from "@/lib/leads/list-url";

interface Props {
  params: LeadListParams;
  total: number;
  capped: boolean;
  estimated: boolean;
  shown: number;
}

/** Previous / next links over a bounded offset; beyond MAX_PAGE the filter must narrow. */
export function ListPagination({ params, total, capped, estimated, shown }: Props) {
  const t = useTranslations("leads.pages");
  const format = useFormatter();
  const href = (patch: Partial<LeadListParams>) => {
    const query = leadListQuery({ ...params, ...patch });
    return query ? `/leads?${query}` : "/leads";
  };
  const first = (params.page - 1) * params.size + 1;
  const last = first + shown - 1;
  const pages = Math.min(MAX_PAGE, Math.ceil(total / params.size));
  const hasNext = params.page < MAX_PAGE && (capped || params.page < pages);
  const totalText = `${estimated ? "≈ " : ""}${format.number(total)}${capped ? "+" : ""}`;
  return (
    <nav className="my-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label={t("label")}>
      <span className="text-muted-foreground">
        {shown ? t("range", { first, last, total: totalText }) : t("noRows")}
      </span>
      {params.page > 1 ? (
        <Link href={href({ page: params.page - 1 })}>{t("previous")}</Link>
      ) : (
        <span className="text-muted-foreground">{t("previous")}</span>
      )}
      <span>{t("page", { page: params.page })}</span>
      {hasNext ? (
        <Link href={href({ page: params.page + 1 })}>{t("next")}</Link>
      ) : (
        <span className="text-muted-foreground">{t("next")}</span>
      )}
      <span className="inline-flex items-center gap-1.5">
        {pageSizes.map((size) =>
          size === params.size ? (
            <strong key={size}>{size}</strong>
          ) : (
            <Link key={size} href={href({ size, page: 1 })}>
              {size}
            </Link>
          ),
        )}
        <span className="text-muted-foreground">{t("perPage")}</span>
      </span>
      {params.page === MAX_PAGE && <span className="text-muted-foreground">{t("narrow")}</span>}
    </nav>
  );
}
