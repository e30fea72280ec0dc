// The audit log as the coordinator reads it: each record named by its title, looked up through its owner module
// (the app passes the lookups in, see `AuditTitleLookups`), each action and record kind in words.
import { t } from '../locale/index.js';
import type { AuditEntity, AuditLogRow } from './audit.repository.js';

/**
 * Per kind of audited record, the title or name of one (null for one without, or deleted since). For a meeting's
 * agenda it is the meeting's title. Titles and names passed the privacy guard when they were written; contents never
 * appear in the log.
 */
export type AuditTitleLookups = Partial<Record<AuditEntity, (id: number) => string | null>>;

/** The log's entries as the page lists them; each record's title is looked up once. */
export function auditView(entries: readonly AuditLogRow[], lookups: AuditTitleLookups) {
  const cache = new Map<string, string | null>();
  const titleOf = (entity: string, id: number | null) => {
    const lookup = lookups[entity as AuditEntity];
    if (id === null || !lookup) return null;
    const key = `${entity}:${id}`;
    if (!cache.has(key)) cache.set(key, lookup(id));
    return cache.get(key) ?? null;
  };
  return entries.map((entry) => ({
    ...entry,
    // "overleg ‘Ketenoverleg april 2026’" reads better than "overleg #3"; the number stays for a deleted record.
    recordTitle: titleOf(entry.entity, entry.entityId),
    actionLabel: t(`audit.actions.${entry.action}`),
    entityLabel: t(`audit.entities.${entry.entity}`),
    actorName: entry.actorName ?? t('audit.formerContact'),
  }));
}
