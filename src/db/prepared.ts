// Queries built and prepared once per connection: the pattern for every query on a page's hot path.
import type Database from 'better-sqlite3';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './connection.js';

/**
 * The better-sqlite3 connection under a database or a transaction handle. Drizzle keeps it on the handle's session,
 * which a transaction shares with its database, so a query prepared on either runs on the same connection (and
 * inside a transaction when one is open).
 */
const connectionOf = (db: DbOrTx): Database.Database =>
  (db as unknown as { session: { client: Database.Database } }).session.client;

/**
 * Drizzle builds a query's SQL anew on every call, which was half of a page's CPU. `prepared(build)` builds it once per
 * connection: `build` returns a drizzle `.prepare()`d query whose varying values are `sql.placeholder(name)`s, and the
 * returned function hands out that same prepared query for any handle of the connection (database or transaction).
 * A query whose shape varies (optional filters) passes a `variant` naming the shape; each variant is built once.
 *
 *     const byId = prepared((db) => db.select().from(meetings).where(eq(meetings.id, sql.placeholder('id'))).prepare());
 *     byId(db).get({ id });
 */
export function prepared<T, V extends string = string>(
  build: (db: DbOrTx, variant: V) => T,
): (db: DbOrTx, variant?: V) => T {
  const byConnection = new WeakMap<Database.Database, Map<string, T>>();
  return (db, variant = '' as V) => {
    const connection = connectionOf(db);
    let variants = byConnection.get(connection);
    if (!variants) {
      variants = new Map();
      byConnection.set(connection, variants);
    }
    let query = variants.get(variant);
    if (query === undefined) {
      query = build(db, variant);
      variants.set(variant, query);
    }
    return query;
  };
}

/**
 * `column in (…)` for a list bound as one placeholder: pass the list as `inList.values(list)`, so one prepared
 * statement serves lists of any length.
 */
export function inList(column: AnyColumn | SQL, name: string): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
}
inList.values = (list: readonly (string | number)[]) => JSON.stringify(list);
