// The one way an instant reaches raw SQL. Prisma stores DateTime as
// "timestamp(3) without time zone" holding UTC; raw queries pass the instant
// as epoch milliseconds and convert it with this one expression (the SQL
// function leaddesk_utc_from_ms does the same), so neither the server's nor
// the session's time zone, nor a driver's handling of Date, can shift it.
import { Prisma } from "@/lib/generated/prisma/client";

/** SQL text for RawSql: `utcFromMs("$2")` with epoch milliseconds as parameter 2 (or a column of them). */
export const utcFromMs = (ms: string) => `(to_timestamp(${ms}::double precision / 1000) AT TIME ZONE 'UTC')`;

const [before, after] = utcFromMs("\u0000").split("\u0000") as [string, string];

/** For Prisma.sql and $queryRaw: the instant as a bound parameter, converted the same way. */
export function sqlTime(at: Date): Prisma.Sql {
  return new Prisma.Sql([before, after], [at.getTime()]);
}
