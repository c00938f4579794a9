// The list's filters as a SQL condition on "leads" (see lead-filter-conditions.ts),
// for the queries Prisma cannot shape: a capped count without an ORDER BY, which
// lets PostgreSQL pick the cheapest scan instead of walking an index in order,
// and the facet counts' single pass, and the list's rows with their owners.
// Every column is qualified with the table ("leads"), so a query may join
// others (users has an id, a name and an e-mail too).
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SlaState } from "./response-clock";
import { leadFilterConditions, taggedFilterConditions, type FilterKey, type FilterOptions, type LeadCondition, type LeadFilter } from "./lead-filter-conditions";

const column = (name: string) => Prisma.raw(`leads."${name}"`);

function toSql(condition: LeadCondition): Prisma.Sql {
  switch (condition.kind) {
    case "flag":
      return Prisma.sql`${column(condition.column)} = ${condition.value}`;
    case "isNull":
      return Prisma.sql`${column(condition.column)} IS NULL`;
    case "equals":
      return Prisma.sql`${column(condition.column)} = ${condition.value}::uuid`;
    case "in": {
      // Enum values are cast to the column's type (validated by list-params),
      // so the column stays bare and its index usable.
      const cast = "enumType" in condition ? Prisma.raw(`::"${condition.enumType}"`) : Prisma.empty;
      return Prisma.sql`${column(condition.column)} IN (${Prisma.join(condition.values.map((value) => Prisma.sql`${value}${cast}`))})`;
    }
    case "received": {
      const parts: Prisma.Sql[] = [];
      if (condition.gte) parts.push(Prisma.sql`${column("receivedAt")} >= ${sqlTime(condition.gte)}`);
      if (condition.lt) parts.push(Prisma.sql`${column("receivedAt")} < ${sqlTime(condition.lt)}`);
      return Prisma.join(parts, " AND ");
    }
    case "searchLike":
      return Prisma.sql`${column("searchText")} LIKE ${condition.pattern}`;
    case "sla":
      return slaSql(condition.state, condition.now);
    case "failingDelivery":
      return Prisma.sql`EXISTS (SELECT 1 FROM deliveries d WHERE d."leadId" = leads.id AND (d.state = 'DEAD' OR (d.state = 'PENDING' AND d.attempts > 0)))`;
  }
}

function slaSql(state: SlaState, now: Date): Prisma.Sql {
  const [due, soon, responded] = [column("dueAt"), column("dueSoonAt"), column("firstResponseAt")];
  const nowSql = sqlTime(now);
  switch (state) {
    case "overdue":
      return Prisma.sql`${responded} IS NULL AND ${due} < ${nowSql}`;
    case "due-soon":
      return Prisma.sql`${responded} IS NULL AND ${due} >= ${nowSql} AND ${soon} <= ${nowSql}`;
    case "met":
      return Prisma.sql`${column("responseMet")} = TRUE`;
    case "missed":
      return Prisma.sql`${column("responseMet")} = FALSE`;
  }
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** The filter split for facet counts: the conditions every facet keeps, and each chosen facet's own. */
export function leadFacetFilterSql(filter: LeadFilter, userId: string, now?: Date): { common: Prisma.Sql; own: Map<FilterKey, Prisma.Sql> } {
  const tagged = taggedFilterConditions(filter, userId, now);
  return {
    common: and(tagged.filter((t) => !t.facet).map((t) => toSql(t.condition))),
    own: new Map(tagged.filter((t) => t.facet).map((t) => [t.facet!, toSql(t.condition)])),
  };
}

/** A condition for `WHERE`: `TRUE` when nothing is filtered. */
export function leadFilterSql(filter: LeadFilter, userId: string, options: FilterOptions = {}): Prisma.Sql {
  return and(leadFilterConditions(filter, userId, options).map(toSql));
}
