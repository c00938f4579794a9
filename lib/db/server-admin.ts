// Statements on a PostgreSQL server as an admin role, outside any database's
// pool: creating and dropping the scratch databases of tests and benchmarks.
import pg from "pg";

/** One statement on the server as the admin role (CREATE/DROP DATABASE cannot run in a pool transaction). */
export async function onServer(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Drops a database, ending its connections. A background query (a facet
 * recount, a parallel worker, autovacuum) may still hold it for a moment, and a
 * role without superuser may not terminate every kind, so it retries for ~5 s.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
