// Mail changes as actions: the coordinator opening a written mail is recorded, because it may hold someone's links.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { ActionContext } from '../shared/action.js';
import { createOutboxRepository } from './outbox.repository.js';

/** Records in the audit log that the actor opened the mail with this Message-ID (its outbox row, when known). */
export function recordMailOpened(db: DbOrTx, ctx: ActionContext, input: { messageId: string | null }): void {
  if (!ctx.actor) throw new Error('Opening a mail in the mail folder needs a logged-in coordinator');
  const actor = ctx.actor;
  db.transaction((tx) => {
    const id = input.messageId ? createOutboxRepository(tx).findIdByMessageId(input.messageId) : null;
    recordAudit(tx, actor, 'open', 'outbox', id, ctx.now);
  });
}
