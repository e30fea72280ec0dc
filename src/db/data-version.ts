// A cheap reading that changes whenever the database may have changed: the key for caches of answers derived from it.
import type Database from 'better-sqlite3';
import type { Db } from './connection.js';

const statements = new WeakMap<Database.Database, Database.Statement>();

/**
 * Rows this connection has written since it opened (`total_changes()`) and commits by any other connection or
 * process (`data_version`), as one string: equal readings mean no row changed in between. It also changes on
 * writes that have nothing to do with a cached answer, which costs a recomputation, never a stale answer.
 */
export function dataVersion(db: Db): string {
  const connection = db.$client;
  let statement = statements.get(connection);
  if (!statement) {
    statement = connection
      .prepare('select total_changes() as own, data_version as others from pragma_data_version')
      .raw();
    statements.set(connection, statement);
  }
  const [own, others] = statement.get() as [number, number];
  return `${own}.${others}`;
}
