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

/**
 * Tables whose changes do not change what a page shows: a session touched once a minute, a login link, a mail in the
 * outbox, an audit line. They have no trigger on the content version; every other table has three
 * (migrations/0009_content_version.sql, checked by test/db/content-version.test.ts). A page that shows one of them is
 * never kept (see `keepPage` in view.plugin.ts).
 */
export const BOOKKEEPING_TABLES = ['sessions', 'login_tokens', 'outbox', 'audit_log'] as const;

const contentStatements = new WeakMap<Database.Database, Database.Statement>();

/**
 * A number that every insert, update and delete in a table a page shows raises, by this process or another (`cli`):
 * equal readings mean every page would show the same, at the same moment, to the same viewer.
 */
export function contentVersion(db: Db): number {
  const connection = db.$client;
  let statement = contentStatements.get(connection);
  if (!statement) {
    statement = connection.prepare('select version from content_version').pluck();
    contentStatements.set(connection, statement);
  }
  return statement.get() as number;
}
