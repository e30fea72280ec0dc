// Meeting changes as one transaction each: store, record the change for the invitations, audit.
import { recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { MeetingStatus } from '../db/schema/index.js';
import type { Actor } from '../shared/action.js';
import { type CancelReason, changesBetween, type MeetingValues, sequenceAfter } from './meetings.js';
import { createMeetingsRepository, type Meeting } from './meetings.repository.js';

/** Creates a meeting; a planned one also gets its `planned` change, from which the invitations will be sent. */
export function createMeeting(
  tx: DbOrTx,
  values: MeetingValues,
  status: Extract<MeetingStatus, 'concept' | 'gepland'>,
  actor: Actor,
  now: Date,
): number {
  const repo = createMeetingsRepository(tx);
  const id = repo.insert(values, status, now);
  const by = actor?.contactId ?? null;
  const { startsAt, endsAt, location, onlineUrl } = values;
  repo.recordChange(
    id,
    { kind: 'created', details: { after: { startsAt, endsAt, location, onlineUrl } } },
    by,
    now,
  );
  if (status === 'gepland') repo.recordChange(id, { kind: 'planned', details: {} }, by, now);
  if (actor) recordAudit(tx, actor, 'create', 'meeting', id, now);
  return id;
}

/** Saves the form; for a planned meeting, a new time or place is recorded and raises the SEQUENCE once sent. */
export function updateMeeting(
  tx: DbOrTx,
  meeting: Meeting,
  values: MeetingValues,
  actor: { contactId: number },
  now: Date,
) {
  const repo = createMeetingsRepository(tx);
  const changes = changesBetween(meeting, values);
  const sequence = sequenceAfter(meeting.sequence, changes, repo.invitationsSent(meeting.id));
  repo.update(meeting.id, { ...values, sequence }, now);
  for (const change of changes) repo.recordChange(meeting.id, change, actor.contactId, now);
  recordAudit(tx, actor, 'update', 'meeting', meeting.id, now);
  return changes;
}

/** Plans, holds or cancels; the caller has checked the transition with `checkTransition`. */
export function changeStatus(
  tx: DbOrTx,
  meeting: Meeting,
  to: Extract<MeetingStatus, 'gepland' | 'gehouden' | 'geannuleerd'>,
  actor: { contactId: number },
  now: Date,
  reason?: CancelReason,
) {
  const repo = createMeetingsRepository(tx);
  if (to === 'geannuleerd') {
    const change = { kind: 'cancelled' as const, details: { reason } };
    // Cancelling a concept tells nobody anything; cancelling a planned meeting is a CANCEL with SEQUENCE+1.
    const sequence =
      meeting.status === 'gepland'
        ? sequenceAfter(meeting.sequence, [change], repo.invitationsSent(meeting.id))
        : meeting.sequence;
    repo.setStatus(meeting.id, to, now, { sequence, cancelReason: reason ?? '' });
    repo.recordChange(meeting.id, change, actor.contactId, now);
    recordAudit(tx, actor, 'cancel', 'meeting', meeting.id, now);
    return;
  }
  repo.setStatus(meeting.id, to, now);
  repo.recordChange(
    meeting.id,
    { kind: to === 'gepland' ? 'planned' : 'held', details: {} },
    actor.contactId,
    now,
  );
  recordAudit(tx, actor, to === 'gepland' ? 'plan' : 'hold', 'meeting', meeting.id, now);
}
