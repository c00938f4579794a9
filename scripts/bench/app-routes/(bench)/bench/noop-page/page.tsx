// The benchmark's baseline page: rendered per request like the lead list (it
// reads the search params), but touches no database, so `npm run bench` can
// compare list views against the framework's own cost of a dynamic page. The
// bench copies this folder into app/ of its own build only.
import { connection } from "next/server";

export default async function BenchNoopPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const params = await searchParams;
  return (
    <main>
      <h1>Bench</h1>
      <p>{Object.keys(params).length} parameters</p>
    </main>
  );
}
