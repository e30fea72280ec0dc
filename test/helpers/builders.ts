// Builders for test data: each creates one record with sensible defaults, overridable per test.
import type { Db } from '../../src/db/connection.js';
import type { ContactAccess, OrganisationKind, OutboxStatus } from '../../src/db/schema/index.js';
import { createOutboxRepository } from '../../src/mail/outbox.repository.js';
import { createContactsRepository } from '../../src/organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../../src/organisations/organisations.repository.js';
import { createThemesRepository } from '../../src/organisations/themes.repository.js';

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export function anOrganisation(
  db: Db,
  overrides: { name?: string; kind?: OrganisationKind; place?: string } = {},
) {
  const n = next();
  const values = {
    name: overrides.name ?? `Testschool ${n}`,
    kind: overrides.kind ?? 'school',
    place: overrides.place ?? null,
  };
  const id = createOrganisationsRepository(db).insert(values, new Date().toISOString());
  return { id, ...values };
}

export function aContact(
  db: Db,
  organisationId: number,
  overrides: {
    name?: string;
    email?: string;
    role?: string;
    access?: ContactAccess;
    receivesInvitations?: boolean;
  } = {},
) {
  const n = next();
  const values = {
    name: overrides.name ?? `Contact ${n}`,
    email: overrides.email ?? `contact${n}@school.example`,
    role: overrides.role ?? 'directeur',
    access: overrides.access ?? 'member',
    receivesInvitations: overrides.receivesInvitations ?? true,
  };
  const id = createContactsRepository(db).insert(organisationId, values, new Date().toISOString());
  return { id, organisationId, ...values };
}

export function aTheme(
  db: Db,
  overrides: { name?: string; description?: string; partnerIds?: number[] } = {},
) {
  const n = next();
  const values = { name: overrides.name ?? `Thema ${n}`, description: overrides.description ?? '' };
  const id = createThemesRepository(db).insert(values, overrides.partnerIds ?? [], new Date().toISOString());
  return { id, ...values };
}

/** A message in the outbox; `status: 'failed'` gives one the coordinator can retry. */
export function anOutboxMail(
  db: Db,
  overrides: { to?: string; subject?: string; status?: OutboxStatus; now?: Date } = {},
) {
  const n = next();
  const now = overrides.now ?? new Date();
  const repo = createOutboxRepository(db);
  const messageId = `<test-${n}-${now.getTime()}@ketenoverleg.example>`;
  repo.enqueue(
    {
      messageId,
      toAddress: overrides.to ?? `ontvanger${n}@school.example`,
      toName: null,
      subject: overrides.subject ?? `Testbericht ${n}`,
      text: 'Tekst',
      html: '<p>Tekst</p>',
      icalMethod: null,
      icalContent: null,
      purpose: 'test',
    },
    now,
  );
  const row = repo.listRecent(1)[0];
  if (!row) throw new Error('outbox row not written');
  if (overrides.status === 'failed') {
    repo.markFailedAttempt(row.id, 'Verbinding geweigerd', {
      status: 'failed',
      nextAttemptAt: now.toISOString(),
    });
  } else if (overrides.status === 'sent') repo.markSent(row.id, now);
  return { id: row.id, messageId, subject: row.subject, toAddress: row.toAddress };
}

/** A coordinator at a municipality, a member at a school and a member at an optional partner. */
export function aWorld(db: Db) {
  const gemeente = anOrganisation(db, { name: 'Gemeente Testwaard', kind: 'core' });
  const school = anOrganisation(db, { name: 'Testcollege', kind: 'school' });
  const partner = anOrganisation(db, { name: 'Testpartner', kind: 'optional' });
  return {
    gemeente,
    school,
    partner,
    coordinator: aContact(db, gemeente.id, {
      email: 'coordinator@gemeente.example',
      access: 'coordinator',
      name: 'Cora Coördinator',
    }),
    schoolMember: aContact(db, school.id, {
      email: 'zorg@testcollege.example',
      access: 'member',
      name: 'Sietske School',
    }),
    partnerMember: aContact(db, partner.id, {
      email: 'medewerker@partner.example',
      access: 'member',
      name: 'Piet Partner',
    }),
  };
}

export type World = ReturnType<typeof aWorld>;
