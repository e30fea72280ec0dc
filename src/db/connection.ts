// Opens the SQLite database (WAL, foreign keys, busy timeout) and applies the migrations.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { narrowIfPresent, privateDir, privateFile } from '../shared/private-files.js';
import * as schema from './schema/index.js';

/** The drizzle database; `$client` is the underlying better-sqlite3 handle (backups, raw checks in tests). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle has the same query API as the database itself. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Repositories accept either, so callers can group writes in one transaction. */
export type DbOrTx = Db | Tx;

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
}

/** Distinct SQL texts kept compiled; `in (?, ?, …)` lists of varying length make more texts than there are queries. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Drizzle asks better-sqlite3 to compile every query's SQL again on each call, which was the largest single cost of
 * a page in the CPU profile. This keeps compiled statements by their SQL text and hands them out again, so every
 * query on every path is prepared once per connection without each repository holding prepared statements itself.
 */
export function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string) => {
    let statement = cache.get(source);
    // A statement still stepping through an iterator cannot run again; that caller gets a fresh one.
    if (!statement || statement.busy) {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(source, statement);
    }
    // Result modes stick to a statement: drizzle switches raw mode on when it wants arrays and expects objects
    // otherwise, so every caller starts from the default.
    if (statement.reader) statement.expand(false).pluck(false).raw(false);
    return statement;
  };
  sqlite.prepare = cached as Database.Database['prepare'];
}

export function openDatabase(file: string): OpenedDatabase {
  if (file !== ':memory:') {
    privateDir(dirname(file));
    // SQLite gives the -wal and -shm files the database file's own mode, so that one is created 0600 first.
    privateFile(file);
    narrowIfPresent(`${file}-wal`);
    narrowIfPresent(`${file}-shm`);
  }
  const sqlite = new Database(file);
  cacheStatements(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { db, sqlite };
}

/** An online backup (also while the app writes) into a file only the app's user may read. */
export async function backupDatabase(sqlite: Database.Database, file: string): Promise<void> {
  privateFile(file);
  await sqlite.backup(file);
}
