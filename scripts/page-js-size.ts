// Gzip size of the JavaScript a page loads on first visit, read from a
// production build's manifests: the root main files every page loads plus the
// entry chunks of each layout and page segment of the route (from its client
// reference manifest). Lazily imported chunks are not counted.
//   npx next build && npx tsx scripts/page-js-size.ts [/leads ...]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const nextDir = path.resolve(".next");
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ["/leads"];
const readJson = (file: string) => JSON.parse(readFileSync(path.join(nextDir, file), "utf8")) as unknown;
const appPaths = readJson("app-path-routes-manifest.json") as Record<string, string>;
const build = readJson("build-manifest.json") as { rootMainFiles: string[] };
const require = createRequire(import.meta.url);

function pageChunks(route: string): string[] {
  const page = Object.entries(appPaths).find(([, r]) => r === route)?.[0];
  if (!page) throw new Error(`No app route ${route} in this build`);
  const file = path.join(nextDir, "server/app", `${page}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`No client reference manifest for ${route} (${file})`);
  require(file);
  type Manifest = { entryJSFiles: Record<string, string[]> };
  const manifests = (globalThis as unknown as { __RSC_MANIFEST: Record<string, Manifest> }).__RSC_MANIFEST;
  const entries = manifests[page]!.entryJSFiles;
  return [...new Set([...build.rootMainFiles, ...Object.values(entries).flat()])];
}

for (const route of routes) {
  const chunks = pageChunks(route);
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const body = readFileSync(path.join(nextDir, chunk));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`${route}: ${chunks.length} chunks, ${kib(raw)} raw, ${kib(gzip)} gzip`);
}
