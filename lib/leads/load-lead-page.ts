// What the lead page and its preview sheet (the list's intercepting route) both
// load: the session check first, so a signed-out caller never learns whether the
// lead exists, then the lead (404 when it does not) and who it may be assigned to.
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "./assignable-users";
import { getLeadDetail } from "./get-lead-detail";

export async function loadLeadPage(id: string) {
  await requirePageUser(undefined, `/leads/${encodeURIComponent(id)}`);
  const lead = await getLeadDetail(id);
  if (!lead) notFound();
  return { lead, users: await assignableUsers() };
}
