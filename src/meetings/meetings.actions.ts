// Meeting changes as one transaction each: store, record the change, audit, and tell the invitees.
import { recordAudit, recordPrivacyConfirmations } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import type { MeetingStatus } from '../db/schema/index.js';
import { notifyInvitees } from '../invitations/invitations.actions.js';
import { createInvitationsRepository } from '../invitations/invitations.repository.js';
import type { GuardOutcome } from '../privacy/guard.js';
import type { ActionContext } from '../shared/action.js';
import {
  type CancelReason,
  changesBetween,
  type MeetingChange,
  type MeetingValues,
  sequenceAfter,
} from './meetings.js';
import { createMeetingsRepository, type Meeting } from './meetings.repository.js';

/**
 * Creates a meeting; a planned one also gets its `planned` change, from which the invitations will be sent. Needs
 * no config: nothing is mailed yet.
 */
export function createMeeting(
  db: DbOrTx,
  ctx: Pick<ActionContext, 'now' | 'actor'>,
  input: {
    values: MeetingValues;
    status: Extract<MeetingStatus, 'concept' | 'gepland'>;
    privacy?: GuardOutcome;
  },
): number {
  const { actor, now } = ctx;
  const { values, status } = input;
  return db.transaction((tx) => {
    const repo = createMeetingsRepository(tx);
    const id = repo.insert(values, status, now);
    const by = actor?.contactId ?? null;
    if (input.privacy) recordPrivacyConfirmations(tx, input.privacy, by, 'meeting', now);
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
  });
}

/**
 * Saves the form, and plans a concept when asked; for a planned meeting, a new time or place is recorded and raises
 * the SEQUENCE once invitations were sent, and everyone invited is sent the update (`notifyInvitees`).
 */
export function updateMeeting(
  db: DbOrTx,
  ctx: ActionContext,
  input: { meeting: Meeting; values: MeetingValues; plan?: boolean; privacy?: GuardOutcome },
): MeetingChange[] {
  return db.transaction((tx) => {
    const { meeting, values } = input;
    const repo = createMeetingsRepository(tx);
    const by = ctx.actor?.contactId ?? null;
    if (input.privacy) recordPrivacyConfirmations(tx, input.privacy, by, 'meeting', ctx.now);
    const changes = changesBetween(meeting, values);
    const sequence = sequenceAfter(
      meeting.sequence,
      changes,
      createInvitationsRepository(tx).anySent(meeting.id),
    );
    repo.update(meeting.id, { ...values, sequence }, ctx.now);
    for (const change of changes) repo.recordChange(meeting.id, change, by, ctx.now);
    if (ctx.actor) recordAudit(tx, ctx.actor, 'update', 'meeting', meeting.id, ctx.now);
    if (input.plan) changeStatus(tx, ctx, { meeting: { ...meeting, ...values }, to: 'gepland' });
    notifyInvitees(tx, ctx, { meetingId: meeting.id });
    return changes;
  });
}

/**
 * Plans, holds or cancels; the caller has checked the transition with `checkTransition`. Cancelling a meeting whose
 * invitations went out sends everyone invited a CANCEL (`notifyInvitees`).
 */
export function changeStatus(
  db: DbOrTx,
  ctx: ActionContext,
  input: {
    meeting: Meeting;
    to: Extract<MeetingStatus, 'gepland' | 'gehouden' | 'geannuleerd'>;
    reason?: CancelReason;
    /** On cancelling: what else changes in the same transaction (the meeting's open topics, see the app). */
    onCancel?: (tx: DbOrTx) => void;
    /** On marking it held: what else changes in the same transaction (its topics awaiting triage, see the app). */
    onHold?: (tx: DbOrTx) => void;
  },
) {
  db.transaction((tx) => {
    const { meeting, to, reason } = input;
    const repo = createMeetingsRepository(tx);
    const by = ctx.actor?.contactId ?? null;
    if (to === 'geannuleerd') {
      const change = { kind: 'cancelled' as const, details: { reason } };
      // Cancelling a concept tells nobody anything; cancelling a planned meeting is a CANCEL with SEQUENCE+1.
      const sequence =
        meeting.status === 'gepland'
          ? sequenceAfter(meeting.sequence, [change], createInvitationsRepository(tx).anySent(meeting.id))
          : meeting.sequence;
      repo.setStatus(meeting.id, to, ctx.now, { sequence, cancelReason: reason ?? '' });
      repo.recordChange(meeting.id, change, by, ctx.now);
      if (ctx.actor) recordAudit(tx, ctx.actor, 'cancel', 'meeting', meeting.id, ctx.now);
      notifyInvitees(tx, ctx, { meetingId: meeting.id });
      // After the CANCEL: it names each attendee as the invite did, which the meeting's topics decide.
      input.onCancel?.(tx);
      return;
    }
    repo.setStatus(meeting.id, to, ctx.now);
    repo.recordChange(meeting.id, { kind: to === 'gepland' ? 'planned' : 'held', details: {} }, by, ctx.now);
    if (ctx.actor)
      recordAudit(tx, ctx.actor, to === 'gepland' ? 'plan' : 'hold', 'meeting', meeting.id, ctx.now);
    if (to === 'gehouden') input.onHold?.(tx);
  });
}
