// One destination for its edit form and log page: secrets never leave here,
// only which secret fields hold a value (and header names).
import { getDb } from "@/lib/db";
import { formConfig } from "@/lib/destinations/stored-config";

export async function getDestination(id: string) {
  const db = await getDb();
  const row = await db.destination.findUnique({ where: { id } });
  if (!row) return null;
  const { secrets, config, ...rest } = row;
  return { ...rest, ...formConfig({ kind: row.kind, config, secrets }) };
}

export type DestinationForForm = NonNullable<Awaited<ReturnType<typeof getDestination>>>;
