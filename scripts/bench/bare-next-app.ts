// The benchmark's ceilings: a bare Next.js app of the same version, outside
// this codebase (no proxy, no instrumentation, no auth, no Prisma), written to
// a folder of its own and built there. It serves
//   POST /api/noop     (a) parses the JSON body and answers
//   POST /api/insert   (b) commits one autocommitted INSERT of the body
//   GET  /noop-page    (c) a dynamic page that reads its search params
//   GET  /api/health   for startAppServer's readiness check
// so every ratio the report gives is against the framework itself.
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

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

const ddl = 'CREATE TABLE IF NOT EXISTS bench_bare_inserts (id uuid PRIMARY KEY, "receivedAt" timestamp(3) NOT NULL DEFAULT now(), body jsonb NOT NULL)';
const insert = "INSERT INTO bench_bare_inserts (id, body) VALUES ($1, $2::jsonb)";

async function open() {
  if (process.env.DATABASE_URL) {
    const pg = (await import("pg")).default;
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
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
  const dir = path.join(os.tmpdir(), "leaddesk-bench-bare-next");
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  const stamp = createHash("sha256").update(nextVersion).update(JSON.stringify(files)).digest("hex");
  const stampFile = path.join(dir, ".bench-sources");
  if (fs.existsSync(path.join(dir, ".next/BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  // The same installed packages (the same Next, React and pg), hard-linked: Turbopack resolves nothing outside the folder.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  const result = spawnSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], { cwd: dir, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`The bare Next.js baseline's build in ${dir} failed.`);
  fs.writeFileSync(stampFile, stamp);
  return dir;
}
