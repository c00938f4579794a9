import type { Metadata } from "next";
import { LeadList } from "@/components/leads/lead-list";
import { SavedViews } from "@/components/leads/saved-views";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { cachedLeadFacets } from "@/lib/leads/facet-cache";
import { listLeads } from "@/lib/leads/list-leads";
import { parseLeadListParams, type RawSearchParams } from "@/lib/leads/list-params";
import { listViews } from "@/lib/leads/saved-views";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser(undefined, "/leads");
  const params = parseLeadListParams(await searchParams);
  const now = new Date();
  // Facet counts are the slow part at scale: the rows render first, the counts stream in.
  const facets = cachedLeadFacets(params, user.id, now);
  const [page, users, views] = await Promise.all([listLeads(params, user.id, now), assignableUsers(), listViews(user.id)]);
  return (
    <>
      <h1>Leads</h1>
      <SavedViews views={views} />
      <LeadList rows={page.rows} total={page.total} capped={page.capped} facets={facets} users={users} />
    </>
  );
}
