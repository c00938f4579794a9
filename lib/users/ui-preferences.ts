// Per-user choices about how the workspace looks: the lead list's row height
// and the time zone dates are shown in. Stored on the user row, so they follow
// the user to another browser.
import { getDb } from "@/lib/db/client";

export const listDensities = ["compact", "comfortable"] as const;
export type ListDensity = (typeof listDensities)[number];

export function readDensity(value: string): ListDensity {
  return (listDensities as readonly string[]).includes(value) ? (value as ListDensity) : "compact";
}

export { isTimeZone } from "@/lib/time-zones";

export async function setListDensity(userId: string, density: ListDensity): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { listDensity: density } });
}

/** onlyIfUnset: the first visit's browser zone must not overwrite one chosen in the profile meanwhile. */
export async function setTimeZone(userId: string, timeZone: string, { onlyIfUnset = false } = {}): Promise<void> {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId, ...(onlyIfUnset ? { timeZone: null } : {}) }, data: { timeZone } });
}
