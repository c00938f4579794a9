// Extensions every PGlite instance loads when it opens, so migrations that
// CREATE EXTENSION run the same on PGlite as on PostgreSQL. Plain JavaScript
// because the database thread (pglite-thread.mjs) loads it too.
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { btree_gin, pg_trgm };
