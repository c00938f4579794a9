// Rows of raw SQL are parsed, not asserted: a column renamed or retyped fails
// here, by name, instead of flowing on as the wrong type. Only raw SQL needs
// it; Prisma's own queries are typed by the client.
import { z } from "zod";

export function parseRows<S extends z.ZodType>(schema: S, rows: unknown): z.output<S>[] {
  return z.array(schema).parse(rows);
}

/** The one row a query must answer (an aggregate, a RETURNING of one row). */
export function parseRow<S extends z.ZodType>(schema: S, rows: unknown): z.output<S> {
  const [row] = parseRows(schema, rows);
  if (row === undefined) throw new Error("The query answered no row.");
  return row;
}
