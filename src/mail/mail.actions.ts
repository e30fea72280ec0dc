// Mail changes as actions: the coordinator opening a written mail is recorded, because it may hold someone's links.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { createOutboxRepository } from './outbox.repository.js';

/** Records in the audit log that the actor opened the mail with this Message-ID (its outbox row, when known). */
export function recordMailOpened(db: DbOrTx, ctx: ActionContext, input: { messageId: string | null }): void {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    const id = input.messageId ? createOutboxRepository(tx).findIdByMessageId(input.messageId) : null;
    recordAudit(tx, actor, 'open', 'outbox', id, ctx.now);
  });
}

/** Puts a failed mail back in the queue, audited; false when there is no failed mail with this id. */
export function retryMail(db: DbOrTx, ctx: ActionContext, input: { id: number }): boolean {
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    const ok = createOutboxRepository(tx).retry(input.id, ctx.now);
    if (ok) recordAudit(tx, actor, 'retry', 'outbox', input.id, ctx.now);
    return ok;
  });
}
