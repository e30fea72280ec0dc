// Builders for meetings, the meeting form and invitations: each creates one record or form, overridable per test.
import type { Db } from '../../src/db/connection.js';
import type { MeetingStatus } from '../../src/db/schema/index.js';
import { createMeeting } from '../../src/meetings/meetings.actions.js';
import { defaultTopicDeadline } from '../../src/meetings/meetings.js';
import { createMeetingsRepository } from '../../src/meetings/meetings.repository.js';
import { zonedRange } from '../../src/shared/dates.js';

/**
 * A meeting on an Amsterdam date and time, by default planned on Tuesday 14 April 2026, 15:00–17:00, with the
 * default topic deadline (the end of the day three weeks before). `topicDeadline` is a UTC instant, as stored.
 * `status` gehouden/geannuleerd is set after creating the meeting as planned.
 */
export function aMeeting(
  db: Db,
  overrides: {
    title?: string;
    date?: string;
    start?: string;
    end?: string;
    topicDeadline?: string;
    location?: string;
    onlineUrl?: string;
    status?: MeetingStatus;
  } = {},
) {
  const range = zonedRange(
    overrides.date ?? '2026-04-14',
    overrides.start ?? '15:00',
    overrides.end ?? '17:00',
  );
  if (!range.ok) throw new Error(range.message);
  const values = {
    title: overrides.title ?? 'Ketenoverleg Veilige School – april 2026',
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    location: overrides.location ?? 'Gemeentehuis, zaal De Waard',
    onlineUrl: overrides.onlineUrl ?? '',
    topicDeadline: overrides.topicDeadline ?? defaultTopicDeadline(range.startsAt),
  };
  const status = overrides.status ?? 'gepland';
  const now = new Date('2026-01-05T09:00:00Z');
  const id = createMeeting(
    db,
    { now, actor: null },
    { values, status: status === 'concept' ? 'concept' : 'gepland' },
  );
  if (status === 'gehouden' || status === 'geannuleerd') {
    createMeetingsRepository(db).setStatus(id, status, now);
  }
  return { id, status, ...values };
}

/** The meeting form as a coordinator fills it in for the default meeting above; override any field. */
export function aMeetingForm(overrides: Record<string, string> = {}) {
  return {
    title: 'Ketenoverleg Veilige School – april 2026',
    date: '2026-04-14',
    startTime: '15:00',
    endTime: '17:00',
    location: 'Gemeentehuis, zaal De Waard',
    onlineUrl: '',
    topicDeadline: '',
    ...overrides,
  };
}

/** An invitation row for a contact (the invitations issue makes these; tests need them for visibility). */
export function anInvitation(
  db: Db,
  meetingId: number,
  contactId: number,
  overrides: { sentSequence?: number } = {},
) {
  db.$client
    .prepare(
      `insert into invitations (meeting_id, contact_id, reason, token_hash, sent_sequence, created_at)
       values (?, ?, 'manual', ?, ?, ?)`,
    )
    .run(
      meetingId,
      contactId,
      `hash-${meetingId}-${contactId}`,
      overrides.sentSequence ?? null,
      new Date().toISOString(),
    );
}
