// The benchmark's in-app baseline: a route handler that only parses the JSON
// body, so `npm run bench` can tell what the app's HTTP server, its routes and
// its instrumentation cost an API route. The bench copies this folder into
// app/ of its own build only.
export async function POST(request: Request) {
  try {
    await request.json();
  } catch {
    return Response.json({ error: "Malformed JSON." }, { status: 400 });
  }
  return Response.json({ status: "ok" }, { status: 201 });
}
