// Builders for agreements and minutes, written through the agreements repository, overridable per test.

import type { Due } from '../../src/agreements/agreements.js';
import { createAgreementsRepository } from '../../src/agreements/agreements.repository.js';
import type { Db } from '../../src/db/connection.js';
import type { AgreementStatus } from '../../src/db/schema/index.js';

let counter = 0;

/** An agreement made at a meeting, owned by the given organisations; due "voor het volgende overleg" by default. */
export function anAgreement(
  db: Db,
  input: {
    meetingId: number;
    ownerIds: number[];
    text?: string;
    due?: Due;
    status?: AgreementStatus;
    agendaItemId?: number;
    reportedDoneBy?: number;
  },
) {
  counter += 1;
  const repo = createAgreementsRepository(db);
  const now = new Date('2026-04-14T15:30:00Z');
  const text = input.text ?? `Afspraak ${counter}: de aanpak van vapes afstemmen`;
  const due = input.due ?? { kind: 'next' };
  const id = repo.insert(
    {
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId ?? null,
      topicId: null,
      text,
      due,
      status: input.status ?? 'open',
    },
    now,
  );
  repo.setOwners(id, input.ownerIds);
  repo.addEvent(
    id,
    { kind: 'created', meetingId: input.meetingId, status: input.status ?? 'open', due, contactId: null },
    now,
  );
  if (input.reportedDoneBy) repo.setReportedDone(id, input.reportedDoneBy, now);
  return { id, text, due };
}
