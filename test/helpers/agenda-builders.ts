// Builders for agenda topics in any status, written straight to the database, overridable per test.
import type { Db } from '../../src/db/connection.js';
import { type DesiredOutcome, type TopicStatus, topics } from '../../src/db/schema/index.js';

let counter = 0;

/** A topic of an organisation under a theme; without `meetingId` it is meant for "a later meeting". */
export function aTopic(
  db: Db,
  input: {
    organisationId: number;
    themeId: number;
    meetingId?: number | null;
    title?: string;
    description?: string;
    status?: TopicStatus;
    desiredOutcome?: DesiredOutcome;
    suggestedMinutes?: number;
    submittedBy?: number | null;
    mergedIntoId?: number | null;
    declineReason?: string | null;
  },
) {
  counter += 1;
  const values = {
    organisationId: input.organisationId,
    themeId: input.themeId,
    meetingId: input.meetingId ?? null,
    title: input.title ?? `Onderwerp ${counter}`,
    description: input.description ?? 'Een patroon dat we op school zien.',
    status: input.status ?? 'ingediend',
    desiredOutcome: input.desiredOutcome ?? 'bespreken',
    suggestedMinutes: input.suggestedMinutes ?? 15,
    submittedBy: input.submittedBy ?? null,
    mergedIntoId: input.mergedIntoId ?? null,
    declineReason: input.declineReason ?? null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
  const id = db.insert(topics).values(values).returning({ id: topics.id }).get().id;
  return { id, ...values };
}
