// Changes to the theme catalogue, one transaction each: the theme and its partner links, the privacy confirmations
// of its description and the audit entry.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { GuardOutcome } from '../privacy/guard.js';
import { type ActionContext, actorOf } from '../shared/action.js';
import { createThemesRepository, type ThemeInput } from './themes.repository.js';

interface ThemeChange {
  values: ThemeInput;
  /** The optional partners the theme brings in. */
  partnerIds: number[];
  privacy: GuardOutcome;
}

export function createTheme(db: DbOrTx, ctx: ActionContext, input: ThemeChange): number {
  const actor = actorOf(ctx);
  return db.transaction((tx) => {
    const id = createThemesRepository(tx).insert(input.values, input.partnerIds, ctx.now.toISOString());
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'theme', ctx.now);
    recordAudit(tx, actor, 'create', 'theme', id, ctx.now);
    return id;
  });
}

export function updateTheme(db: DbOrTx, ctx: ActionContext, input: ThemeChange & { id: number }): void {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    createThemesRepository(tx).update(input.id, input.values, input.partnerIds);
    recordPrivacyConfirmations(tx, input.privacy, actor.contactId, 'theme', ctx.now);
    recordAudit(tx, actor, 'update', 'theme', input.id, ctx.now);
  });
}

/** Deletes a theme no topic uses; the caller has refused the others (they can be archived). */
export function deleteTheme(db: DbOrTx, ctx: ActionContext, input: { id: number }): void {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    createThemesRepository(tx).delete(input.id);
    recordAudit(tx, actor, 'delete', 'theme', input.id, ctx.now);
  });
}

export function archiveTheme(
  db: DbOrTx,
  ctx: ActionContext,
  input: { id: number; action: 'archive' | 'restore' },
): void {
  const actor = actorOf(ctx);
  db.transaction((tx) => {
    const repo = createThemesRepository(tx);
    if (input.action === 'archive') repo.archive(input.id, ctx.now.toISOString());
    else repo.restore(input.id);
    recordAudit(tx, actor, input.action, 'theme', input.id, ctx.now);
  });
}
