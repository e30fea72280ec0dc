// Builders for the agenda tests: meetings at fixed instants and topics in any status, written straight to the database.
import type { Db } from '../../src/db/connection.js';
import {
  type DesiredOutcome,
  type MeetingStatus,
  meetings,
  type TopicStatus,
  topics,
} from '../../src/db/schema/index.js';

let counter = 0;

/** Defaults: planned, Tuesday 14 April 2026 15:00–17:00 Amsterdam, topics until Tuesday 31 March 2026 00:00. */
export function aMeeting(
  db: Db,
  overrides: Partial<{
    title: string;
    status: MeetingStatus;
    startsAt: string;
    endsAt: string;
    topicDeadline: string;
    location: string;
    agendaPublishedAt: string | null;
    reminderSentAt: string | null;
  }> = {},
) {
  counter += 1;
  const values = {
    title: overrides.title ?? `Ketenoverleg ${counter}`,
    status: overrides.status ?? 'gepland',
    startsAt: overrides.startsAt ?? '2026-04-14T13:00:00.000Z',
    endsAt: overrides.endsAt ?? '2026-04-14T15:00:00.000Z',
    topicDeadline: overrides.topicDeadline ?? '2026-03-30T22:00:00.000Z',
    location: overrides.location ?? 'Stadhuis Heerhugowaard',
    agendaPublishedAt: overrides.agendaPublishedAt ?? null,
    reminderSentAt: overrides.reminderSentAt ?? null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  };
  const id = db.insert(meetings).values(values).returning({ id: meetings.id }).get().id;
  return { id, ...values };
}

export function aTopic(
  db: Db,
  input: {
    organisationId: number;
    themeId: number;
    meetingId: number | null;
    title?: string;
    description?: string;
    status?: TopicStatus;
    desiredOutcome?: DesiredOutcome;
    suggestedMinutes?: number;
    submittedBy?: number | null;
    mergedIntoId?: number | null;
  },
) {
  counter += 1;
  const values = {
    organisationId: input.organisationId,
    themeId: input.themeId,
    meetingId: input.meetingId,
    title: input.title ?? `Onderwerp ${counter}`,
    description: input.description ?? 'Een patroon dat we op school zien.',
    status: input.status ?? 'ingediend',
    desiredOutcome: input.desiredOutcome ?? 'bespreken',
    suggestedMinutes: input.suggestedMinutes ?? 15,
    submittedBy: input.submittedBy ?? null,
    mergedIntoId: input.mergedIntoId ?? null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
  const id = db.insert(topics).values(values).returning({ id: topics.id }).get().id;
  return { id, ...values };
}
