import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LeadList } from "@/components/leads/lead-list";
import { SavedViews } from "@/components/leads/saved-views";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { cachedLeadFacets } from "@/lib/leads/facet-cache";
import { listLeads } from "@/lib/leads/list-leads";
import { parseLeadListParams, type RawSearchParams } from "@/lib/leads/list-params";
import { listViews } from "@/lib/leads/saved-views";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser(undefined, "/leads");
  const params = parseLeadListParams(await searchParams);
  const now = new Date();
  // Neither is awaited here: the list renders its toolbar while the rows are
  // read, then the rows stream in, and the facet counts (the slow part at
  // scale) after them.
  const facets = cachedLeadFacets(params, user.id, now);
  const page = listLeads(params, user.id, now);
  // Handled where the list uses it; this only keeps an early throw below from
  // leaving it an unhandled rejection.
  page.catch(() => {});
  const [users, views, t] = await Promise.all([assignableUsers(), listViews(user.id), getTranslations("leads")]);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="m-0">{t("title")}</h1>
        <SavedViews views={views} />
      </div>
      <LeadList params={params} page={page} facets={facets} users={users} density={user.listDensity} />
    </>
  );
}
