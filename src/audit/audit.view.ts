// The audit log as the coordinator reads it: each record named by its title, looked up through its owner module.

import { createTopicsRepository } from '../agenda/topics.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import { createPollsRepository } from '../polls/polls.repository.js';
import type { AuditEntity } from './audit.repository.js';

/**
 * The title or name of an audited record, or null for a record without one (or one deleted since). For a meeting's
 * agenda it is the meeting's title. Titles and names passed the privacy guard when they were written; contents never
 * appear in the log.
 */
export function auditTitles(db: DbOrTx): (entity: string, id: number | null) => string | null {
  const meetings = createMeetingsRepository(db);
  const lookups: Partial<Record<AuditEntity, (id: number) => string | null>> = {
    meeting: (id) => meetings.find(id)?.title ?? null,
    agenda: (id) => meetings.find(id)?.title ?? null,
    minutes: (id) => meetings.find(id)?.title ?? null,
    poll: (id) => createPollsRepository(db).find(id)?.title ?? null,
    topic: (id) => createTopicsRepository(db).find(id)?.title ?? null,
    organisation: (id) => createOrganisationsRepository(db).find(id)?.name ?? null,
    contact: (id) => createContactsRepository(db).find(id)?.name ?? null,
    theme: (id) => createThemesRepository(db).find(id)?.name ?? null,
  };
  const cache = new Map<string, string | null>();
  return (entity, id) => {
    const lookup = lookups[entity as AuditEntity];
    if (id === null || !lookup) return null;
    const key = `${entity}:${id}`;
    if (!cache.has(key)) cache.set(key, lookup(id));
    return cache.get(key) ?? null;
  };
}
