// Calendar state changes, one transaction each: replacing a feed link, and (below) applying calendar replies.
import { recordAudit } from '../audit/audit.repository.js';
import { hashToken } from '../auth/tokens.js';
import type { DbOrTx } from '../db/connection.js';
import type { ActionContext } from '../shared/action.js';
import { createCalendarRepository } from './calendar.repository.js';
import { feedTokenFor } from './feeds.js';

/**
 * Gives the organisation a new feed link and stops the old one at once (a link that was shared too widely).
 * Subscribed calendars with the old link stop updating; that is what the confirmation says. Also makes the first link.
 */
export function replaceFeedToken(
  db: DbOrTx,
  ctx: ActionContext & { actor: { contactId: number } },
  input: { organisationId: number },
): { token: string; replaced: boolean } {
  return db.transaction((tx) => {
    const repo = createCalendarRepository(tx);
    const replaced = repo.revokeFeedTokens(input.organisationId, ctx.now) > 0;
    // The token derives from the row id, which exists only after the insert: a random hash holds the place.
    const id = repo.insertFeedToken(input.organisationId, hashToken(ctx.newToken()), ctx.now);
    const token = feedTokenFor(ctx.config.sessionSecret, id);
    repo.setFeedTokenHash(id, hashToken(token));
    recordAudit(
      tx,
      ctx.actor,
      replaced ? 'replace-feed-token' : 'create-feed-token',
      'organisation',
      input.organisationId,
      ctx.now,
    );
    return { token, replaced };
  });
}
