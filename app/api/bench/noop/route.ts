// The benchmark's baseline: a route handler that only parses the JSON body,
// so `npm run bench` can compare the webhook against the framework's own
// ceiling in the same build. It exists only when LEADDESK_BENCH_ROUTES=1.
export async function POST(request: Request) {
  if (process.env.LEADDESK_BENCH_ROUTES !== "1") return Response.json({ error: "Not found." }, { status: 404 });
  try {
    await request.json();
  } catch {
    return Response.json({ error: "Malformed JSON." }, { status: 400 });
  }
  return Response.json({ status: "ok" }, { status: 201 });
}
