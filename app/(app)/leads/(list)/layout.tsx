import { requirePageUser } from "@/lib/auth/session";

// The session check before loading.tsx starts streaming: a redirect (to sign-in,
// or to the profile for a password change) must still be a real redirect.
export default async function LeadListLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser(undefined, "/leads");
  return children;
}
