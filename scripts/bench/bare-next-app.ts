// The benchmark's ceilings: a bare Next.js app of the same version, outside
// this codebase (no proxy, no instrumentation, no auth, no Prisma), written to
// a folder of its own and built there. It serves
//   POST /api/noop     (a) parses the JSON body and answers
//   POST /api/insert   (b) commits one autocommitted INSERT of the body
//   GET  /noop-page    (c) a dynamic page that reads its search params
//   GET  /api/health   for startAppServer's readiness check
// so every ratio the report gives is against the framework itself.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildInFolder } from "./build-in-folder";

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next-baseline", private: true, type: "module" }, null, 2),
  "next.config.mjs": `export default { serverExternalPackages: ["pg", "@electric-sql/pglite"] };\n`,
  "app/layout.jsx": `export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}\n`,
  "app/noop-page/page.jsx": `import { connection } from "next/server";

export default async function NoopPage({ searchParams }) {
  await connection();
  const params = await searchParams;
  return (<main><h1>Bench</h1><p>{Object.keys(params).length} parameters</p></main>);
}\n`,
  "app/api/health/route.js": `export function GET() {
  return Response.json({ status: "ok" });
}\n`,
  "app/api/noop/route.js": `export async function POST(request) {
  try {
    await request.json();
  } catch {
    return Response.json({ error: "Malformed JSON." }, { status: 400 });
  }
  return Response.json({ status: "ok" }, { status: 201 });
}\n`,
  // PostgreSQL when DATABASE_URL is set (a pool like the app's), else a PGlite folder of its own.
  "app/api/insert/route.js": `import { randomUUID } from "node:crypto";

const ddl = 'CREATE TABLE IF NOT EXISTS bench_bare_inserts ' +
  '(id uuid PRIMARY KEY, "receivedAt" timestamp(3) NOT NULL DEFAULT now(), body jsonb NOT NULL)';
const insert = "INSERT INTO bench_bare_inserts (id, body) VALUES ($1, $2::jsonb)";

async function open() {
  if (process.env.DATABASE_URL) {
    const pg = (await import("pg")).default;
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max });
    await pool.query(ddl);
    return (id, body) => pool.query(insert, [id, body]);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(process.env.DATA_DIR);
  await db.query(ddl);
  return (id, body) => db.query(insert, [id, body]);
}

let opened;
export async function POST(request) {
  const text = await request.text();
  try {
    JSON.parse(text);
  } catch {
    return Response.json({ error: "Malformed JSON." }, { status: 400 });
  }
  const write = await (opened ??= open());
  const id = randomUUID();
  await write(id, text);
  return Response.json({ id, status: "created" }, { status: 201 });
}\n`,
};

/** Writes and builds the bare app (when its files or Next's version changed); returns its folder. */
export function bareNextApp(root = process.cwd()): string {
  const nextPackage = path.join(root, "node_modules/next/package.json");
  const nextVersion = (JSON.parse(fs.readFileSync(nextPackage, "utf8")) as { version: string }).version;
  const stamp = createHash("sha256").update(nextVersion).update(JSON.stringify(files)).digest("hex");
  const write = (dir: string) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  };
  return buildInFolder("leaddesk-bench-bare-next", stamp, write, root);
}
