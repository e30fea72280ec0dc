// The side effects the app depends on, injected so tests can replace them.
import { randomBytes } from 'node:crypto';
import type { Db } from './db/connection.js';
import type { MailTransport } from './mail/transports.js';

export interface Deps {
  db: Db;
  /** Closes the database; called when the app closes. */
  closeDb?: () => void;
  /** The current time; tests pass a fixed or movable clock. */
  now: () => Date;
  /** A new unguessable token (URL-safe). */
  newToken: () => string;
  mailTransport: MailTransport;
  /** Whether to run the background outbox worker and housekeeping (off in tests). */
  runWorkers: boolean;
  /** Where log lines go instead of stdout; tests read them to prove what is never logged. */
  logStream?: { write(line: string): void };
}

export function newRandomToken(): string {
  return randomBytes(32).toString('base64url');
}
