// One column of a row another query names by id, as a scalar subquery: how a repository shows a value of a table its
// module does not own. The owning repository exports a fragment built with `lookup` (e.g. `organisationOf`), the
// caller selects it; one query stays one query, and the subquery finds its row by primary key.
import { type Column, type SQL, sql } from 'drizzle-orm';

/** What a column holds when read: null when the column allows it. */
type ValueOf<C extends Column> = C['_']['notNull'] extends true ? C['_']['data'] : C['_']['data'] | null;

/** The found value, or null when the id may be null (no row then, as with a left join). */
type Found<TId, T> = TId extends Column
  ? TId['_']['notNull'] extends true
    ? T
    : T | null
  : TId extends SQL<infer U>
    ? null extends U
      ? T | null
      : T
    : T | null;

/**
 * `(select value from its table where key = id)`, decoded as `value` is. Nested in an outer fragment so drizzle keeps
 * the table names on the columns even in a query of one table (it strips them from a selected fragment's own
 * columns there, and a bare outer column could then resolve to the subquery's table). Not for a row of the query's
 * own table: the subquery's table would shadow the outer one (join an alias instead).
 */
export function lookup<C extends Column, TId extends Column | SQL>(
  value: C,
  key: Column,
  id: TId,
): SQL<Found<TId, ValueOf<C>>> {
  const subquery = sql`(select ${value} from ${value.table} where ${key} = ${id})`;
  return sql`${subquery}`.mapWith(value) as SQL<Found<TId, ValueOf<C>>>;
}

/** A column of a left-joined table, as an id for `lookup`: null when the join found no row. */
export const leftJoined = <C extends Column>(column: C) => sql<C['_']['data'] | null>`${column}`;
