// Creates single-use login links (stored hashed); the caller decides how the link reaches the contact.
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { Deps } from '../deps.js';
import { loginTokenExpiry } from './auth.js';
import { createAuthRepository } from './auth.repository.js';
import { hashToken } from './tokens.js';

/** Creates a single-use login link for a contact; the caller decides how it reaches them. */
export function createLoginLink(
  deps: Pick<Deps, 'now' | 'newToken'> & { db: DbOrTx },
  config: Config,
  contactId: number,
  next = '/',
) {
  const token = deps.newToken();
  const now = deps.now();
  createAuthRepository(deps.db).insertLoginToken(
    hashToken(token),
    contactId,
    loginTokenExpiry(now),
    now.toISOString(),
  );
  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return `${config.baseUrl}/login/${token}${query}`;
}
