// The app's entry points, read from the file system the way Next builds them:
// every page (app/**/page.tsx), every route handler method (app/**/route.ts)
// and every server action (exports of lib/actions' "use server" modules), the actions
// with the ids the production build gave them. Tests that must cover every
// entry point enumerate from here, so a new one cannot slip past them.
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? walk(rel) : [rel];
  });
}

/**
 * "app/(app)/leads/[id]/page.tsx" → "/leads/[id]": route groups and parallel-route
 * slots (@preview) stripped, as in the URL; an intercepting route ("(.)[id]") is
 * the URL it intercepts.
 */
function routePattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) => s.replace(/^(\(\.{1,3}\))+/, ""));
  return `/${segments.join("/")}`;
}

export function pagePatterns(): string[] {
  return [
    ...new Set(
      walk("app")
        .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
        .map(routePattern),
    ),
  ].sort();
}

/** "GET /api/health", … for every HTTP method a route.ts exports (functions, consts or re-exported names). */
export function routeHandlers(): string[] {
  return walk("app")
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const exported = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g))
        exported.add(m[1]!);
      for (const list of source.matchAll(/export\s*\{([^}]*)\}/g))
        for (const item of list[1]!.split(","))
          exported.add(
            item
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          );
      const methods = httpMethods.filter((m) => exported.has(m));
      if (!methods.length) throw new Error(`${file} exports no HTTP method.`);
      return methods.map((m) => `${m} ${routePattern(file)}`);
    })
    .sort();
}

export interface ServerAction {
  /** "lib/actions/users/create-user-action.ts#createUserAction" */
  name: string;
  id: string;
  /** Page patterns whose bundle holds the action, e.g. "/settings/users". */
  pages: string[];
}

/** Every export of a "use server" module under lib/actions, with its id in the production build's manifest. */
export function serverActions(): ServerAction[] {
  const manifestFile = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const built = new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      `${entry.filename}#${entry.exportedName}`,
      {
        id,
        pages: Object.keys(entry.workers)
          .filter((w) => w.endsWith("/page"))
          .map((w) => routePattern(`${w}.tsx`)),
      },
    ]),
  );
  return walk("lib/actions")
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      if (!/^(\s*\/\/[^\n]*\n)*\s*["']use server["']/.test(source)) return [];
      return [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)].map((m) => {
        const name = `${file}#${m[1]}`;
        const entry = built.get(name);
        if (!entry) throw new Error(`${name} is not in ${manifestFile}: no page uses it, or the build is stale.`);
        return { name, ...entry };
      });
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
