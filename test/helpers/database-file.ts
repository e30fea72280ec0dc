// Reads every byte SQLite keeps for the test database (main file, WAL and journals), to prove a text was never stored.
import { existsSync, readFileSync } from 'node:fs';
import type { TestContext } from './test-app.js';

/**
 * The database file and its companions as latin1 text. The checkpoint copies the write-ahead log into the main file;
 * FULL rather than TRUNCATE, because TRUNCATE empties the log, and whatever reached the log should still be found.
 */
export function databaseBytes(ctx: TestContext): string {
  ctx.deps.db.$client.pragma('wal_checkpoint(FULL)');
  const file = ctx.config.databaseFile;
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

/** The text as SQLite stores it (UTF-8), readable in the latin1 dump above. */
export function asStored(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
