// Routes this app's HTTP server answers itself, ahead of Next's router: the
// server (scripts/lib/next-server.mjs, peer-server.mjs) asks serveDirect()
// first and hands every other request to Next. Only for a machine-facing hot
// path whose handler already does everything Next would (its own checks, JSON
// answers, headers): measured, Next's request pipeline costs an API route
// about 0.9 ms of CPU, three times the whole webhook's own work
// (docs/performance.md). The app registers its routes at start
// (instrumentation.ts); until then, or for anything else, Next serves as usual
// from the same handler in app/. Plain JavaScript: the server loads it without
// a TypeScript loader.
import { Readable } from "node:stream";

const routesKey = Symbol.for("leaddesk.directRoutes");

/**
 * App side: serve `method` requests whose path (query aside) matches `path` with `handle`, given the
 * path's captured groups URI-decoded. Registering a name again replaces its route.
 */
export function registerDirectRoute(route) {
  const routes = (globalThis[routesKey] ??= new Map());
  routes.set(route.name, route);
}

/** Server side: true when a registered route answers this request; false hands it to Next. */
export function serveDirect(req, res) {
  const routes = globalThis[routesKey];
  if (!routes?.size) return false;
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const pathname = query < 0 ? url : url.slice(0, query);
  for (const route of routes.values()) {
    if (route.method !== req.method) continue;
    const match = route.path.exec(pathname);
    if (!match) continue;
    let params;
    try {
      params = match.slice(1).map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
    } catch {
      return false; // a malformed escape: Next answers it as it always has
    }
    answer(route, params, req, res).catch((error) => {
      // Writing the answer failed (the client went away, or a header Node refuses): end this exchange only.
      console.error(`${route.name}: no answer sent: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
    });
    return true;
  }
  return false;
}

async function answer(route, params, req, res) {
  const request = toRequest(req);
  let response;
  try {
    response = await route.handle(request, params);
  } catch (error) {
    // Handlers answer every failure themselves; this is the last resort, never a stack trace.
    console.error(`${route.name}: ${error instanceof Error ? error.message : String(error)}`);
    response = Response.json({ error: "Something went wrong. Please retry." }, { status: 500 });
  }
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.end(Buffer.from(await response.arrayBuffer()));
  // A body the handler left unread (a refused key) is read to its end and dropped, as Node does
  // when nobody reads one: unread, it would stall the connection and the client's next request on it.
  if (request.body && !request.body.locked) request.body.pipeTo(new WritableStream()).catch(() => {});
}

/**
 * The web Request a route handler expects. Headers come from req.headers, where the server has
 * already replaced anything a client may not set (lib/http/peer-stamp.mjs); the body is streamed,
 * so the handler decides how much of it to keep.
 */
function toRequest(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", "http://localhost"), {
    method: req.method,
    headers,
    body: hasBody ? Readable.toWeb(req) : undefined,
    duplex: "half",
  });
}
