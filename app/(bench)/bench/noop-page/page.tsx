// The benchmark's baseline page: rendered per request like the lead list (it
// reads the session cookie's presence and the search params), but touches no
// database, so `npm run bench` can compare list views against the framework's
// own cost of a dynamic page in the same build. Only with LEADDESK_BENCH_ROUTES=1.
import { notFound } from "next/navigation";
import { connection } from "next/server";

export default async function BenchNoopPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (process.env.LEADDESK_BENCH_ROUTES !== "1") notFound();
  const params = await searchParams;
  return (
    <main>
      <h1>Bench</h1>
      <p>{Object.keys(params).length} parameters</p>
    </main>
  );
}
