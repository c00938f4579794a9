// What the built-in prototypes of the server process hold, for the fuzzing
// test: a body that polluted Object.prototype (or Array's, String's…) would
// show up here as an extra property. Exists only when LEADDESK_BENCH_ROUTES=1.
const watched = { Object, Array, String, Number, Boolean, Function } as const;

export function GET() {
  if (process.env.LEADDESK_BENCH_ROUTES !== "1") return Response.json({ error: "Not found." }, { status: 404 });
  const ownKeys = Object.fromEntries(
    Object.entries(watched).map(([name, type]) => [name, Reflect.ownKeys(type.prototype).map(String).sort()]),
  );
  // Read through a fresh object: inherited pollution would show as a value.
  const probe: Record<string, unknown> = {};
  return Response.json({ ownKeys, polluted: probe.polluted ?? null, firstName: probe.FirstName ?? null }, { headers: { "Cache-Control": "no-store" } });
}
