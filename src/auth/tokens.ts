// Hashing of secret tokens (login links, sessions, RSVP and feed links): only hashes are stored.
import { createHash } from 'node:crypto';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
