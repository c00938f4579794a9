// Ingestion baseline (b): a bare Node HTTP server that reads the JSON body
// and commits one plain-SQL insert before it answers — the least any durable
// webhook has to do. Started by the benchmark as a process of its own:
//   PORT=… DATABASE_URL=… tsx scripts/bench/raw-insert-server.ts   (PostgreSQL, pool of 10)
//   PORT=… DATA_DIR=…     tsx scripts/bench/raw-insert-server.ts   (PGlite folder of its own)
import { randomUUID } from "node:crypto";
import http from "node:http";

type Insert = (id: string, body: string) => Promise<unknown>;

const ddl = `CREATE TABLE IF NOT EXISTS bench_raw_inserts (id uuid PRIMARY KEY, "receivedAt" timestamp(3) NOT NULL DEFAULT now(), body jsonb NOT NULL)`;
const insert = `INSERT INTO bench_raw_inserts (id, body) VALUES ($1, $2::jsonb)`;

async function open(): Promise<Insert> {
  if (process.env.DATABASE_URL) {
    const pg = (await import("pg")).default;
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    await pool.query(ddl);
    return (id, body) => pool.query(insert, [id, body]);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(process.env.DATA_DIR!);
  await db.query(ddl);
  return (id, body) => db.query(insert, [id, body]);
}

const write = await open();
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      const text = Buffer.concat(chunks).toString("utf8");
      JSON.parse(text);
      const id = randomUUID();
      await write(id, text);
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id, status: "created" }));
    } catch (error) {
      res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("raw insert server ready"));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
