// Reads every byte SQLite keeps for the test database (main file and WAL), to prove a text was never stored.
import { existsSync, readFileSync } from 'node:fs';
import type { TestContext } from './test-app.js';

export function databaseBytes(ctx: TestContext): string {
  ctx.deps.db.$client.pragma('wal_checkpoint(FULL)');
  const file = ctx.config.databaseFile;
  return [file, `${file}-wal`, `${file}-journal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

/** The text as SQLite stores it (UTF-8), readable in the latin1 dump above. */
export function asStored(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
