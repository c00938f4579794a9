// Prisma stores DateTime as "timestamp(3) without time zone" holding UTC.
// Plain SQL passes instants as epoch milliseconds and converts them here, so
// neither the server's nor the session's time zone can shift a value.
export const utcFromMs = (param: string) => `(to_timestamp(${param}::double precision / 1000) AT TIME ZONE 'UTC')`;
