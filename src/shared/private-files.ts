// Data files hold login links, session secrets and personal data: only the user the app runs as may read them.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Everything the process creates from now on is private, also what a library writes (SQLite's journals, a backup,
 * an export): set first thing in the server and the CLI. The explicit modes below hold without it.
 */
export function restrictUmask(): void {
  process.umask(0o077);
}

/** Creates the folder (and missing parents) 0700, and narrows an existing one the app owns to 0700. */
export function privateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  narrow(path, PRIVATE_DIR_MODE);
}

/** Creates the file empty and 0600 when it is missing, and narrows an existing one to 0600. */
export function privateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  narrow(path, PRIVATE_FILE_MODE);
}

/** Narrows a file that exists (SQLite's -wal and -shm come and go) to 0600. */
export function narrowIfPresent(path: string): void {
  if (existsSync(path)) narrow(path, PRIVATE_FILE_MODE);
}

function narrow(path: string, mode: number): void {
  const stat = statSync(path);
  // What another user owns (a shared DATA_DIR such as /srv) is theirs to set, and chmod would fail on it anyway.
  if (process.getuid && stat.uid !== process.getuid()) return;
  if ((stat.mode & 0o777) !== mode) chmodSync(path, mode);
}
