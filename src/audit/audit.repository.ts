// The audit log of coordinator changes (who did what to which record, when) and the privacy confirmations (who said a
// warning was no personal data, for which form); never free-text contents.
import { desc, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { auditLog, privacyConfirmations } from '../db/schema/index.js';
import type { audit } from '../locale/nl/audit.js';
import type { GuardOutcome } from '../privacy/guard.js';

/** What can be recorded: exactly what the log page can name, so an entry never shows up as a bare key. */
export type AuditAction = keyof typeof audit.actions;
export type AuditEntity = keyof typeof audit.entities;

export interface AuditEntry {
  actorContactId: number | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId: number | null;
}

/**
 * A contact's name by id, as a value in a query: the organisations module's `contactOf('name', …)`, which the app
 * passes in so the log, which every module writes to, depends on none of them.
 */
export type ContactNameOf = (contactId: SQLiteColumn) => SQL<string | null>;

export function createAuditRepository(db: DbOrTx) {
  return {
    record(entry: AuditEntry, now: Date) {
      db.insert(auditLog)
        .values({ ...entry, at: now.toISOString() })
        .run();
    },

    list(actorNameOf: ContactNameOf, limit = 200) {
      return db
        .select({
          id: auditLog.id,
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          at: auditLog.at,
          actorName: actorNameOf(auditLog.actorContactId),
        })
        .from(auditLog)
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .all();
    },
  };
}

export type AuditLogRow = ReturnType<ReturnType<typeof createAuditRepository>['list']>[number];

/** Records a coordinator's change in the caller's transaction. */
export function recordAudit(
  tx: DbOrTx,
  actor: { contactId: number },
  action: AuditAction,
  entity: AuditEntity,
  entityId: number | null,
  now: Date,
): void {
  createAuditRepository(tx).record({ actorContactId: actor.contactId, action, entity, entityId }, now);
}

/** Records who confirmed which privacy warnings, when, for which form; never the text. Call inside the action. */
export function recordPrivacyConfirmations(
  tx: DbOrTx,
  outcome: Pick<GuardOutcome, 'confirmedCategories'>,
  contactId: number | null,
  form: string,
  now: Date,
): void {
  for (const category of outcome.confirmedCategories) {
    tx.insert(privacyConfirmations).values({ contactId, form, category, at: now.toISOString() }).run();
  }
}
