// Calendar state changes, one transaction each: replacing a feed link, applying calendar replies, and the
// coordinator's assigning or dismissing of replies that could not be matched.
import { recordAudit } from '../audit/audit.repository.js';
import { hashToken } from '../auth/tokens.js';
import type { DbOrTx } from '../db/connection.js';
import type { RsvpStatus } from '../db/schema/index.js';
import { recordAnswer } from '../invitations/invitations.actions.js';
import { createInvitationsRepository } from '../invitations/invitations.repository.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import type { ActionContext } from '../shared/action.js';
import { createCalendarRepository } from './calendar.repository.js';
import { feedTokenFor } from './feeds.js';
import { type CalendarReply, decideReply, replyMeetingId, type UnmatchedReason } from './replies.js';

/**
 * Gives the organisation a new feed link and stops the old one at once (a link that was shared too widely).
 * Subscribed calendars with the old link stop updating; that is what the confirmation says. Also makes the first link.
 */
export function replaceFeedToken(
  db: DbOrTx,
  ctx: ActionContext & { actor: { contactId: number } },
  input: { organisationId: number },
): { token: string; replaced: boolean } {
  return db.transaction((tx) => {
    const repo = createCalendarRepository(tx);
    const replaced = repo.revokeFeedTokens(input.organisationId, ctx.now) > 0;
    // The token derives from the row id, which exists only after the insert: a random hash holds the place.
    const id = repo.insertFeedToken(input.organisationId, hashToken(ctx.newToken()), ctx.now);
    const token = feedTokenFor(ctx.config.sessionSecret, id);
    repo.setFeedTokenHash(id, hashToken(token));
    recordAudit(
      tx,
      ctx.actor,
      replaced ? 'replace-feed-token' : 'create-feed-token',
      'organisation',
      input.organisationId,
      ctx.now,
    );
    return { token, replaced };
  });
}

export type ReplyOutcome =
  | { kind: 'applied'; invitationId: number; rsvp: RsvpStatus }
  /** Matched, but the invitation already has an answer that is as new or newer (ICAL.md 17, 18). */
  | { kind: 'older'; invitationId: number }
  | { kind: 'ignored'; reason: 'older-sequence' }
  | { kind: 'unmatched'; id: number; reason: UnmatchedReason };

/**
 * Applies one calendar reply that was read (see `readReply`): to its invitation through the invitations module's
 * `recordAnswer` (newest answer wins), or into the list for manual review. Rules in replies.ts.
 */
export function applyReply(db: DbOrTx, ctx: ActionContext, input: { reply: CalendarReply }): ReplyOutcome {
  return db.transaction((tx) => {
    const { reply } = input;
    const meetingId = replyMeetingId(reply, ctx.config.baseUrl);
    const meeting = meetingId === null ? null : createMeetingsRepository(tx).find(meetingId);
    const invitations = meeting
      ? createInvitationsRepository(tx)
          .invitees(meeting.id)
          .flatMap((row) =>
            row.removedAt === null && row.email
              ? [{ id: row.id, email: row.email, sentSequence: row.sentSequence }]
              : [],
          )
      : [];
    const decision = decideReply(reply, {
      baseUrl: ctx.config.baseUrl,
      meeting,
      invitations,
      receivedAt: ctx.now.toISOString(),
    });
    if (decision.kind === 'ignore') return { kind: 'ignored', reason: decision.reason };
    if (decision.kind === 'unmatched') {
      const id = createCalendarRepository(tx).insertUnmatched({
        receivedAt: ctx.now.toISOString(),
        fromAddress: decision.address,
        uid: reply.uid.slice(0, 255),
        partstat: decision.partstat.slice(0, 40),
        reason: decision.reason,
      });
      return { kind: 'unmatched', id, reason: decision.reason };
    }
    const outcome = recordAnswer(tx, ctx, {
      invitationId: decision.invitationId,
      rsvp: decision.rsvp,
      answeredAt: decision.answeredAt,
      source: 'calendar',
    });
    return outcome === 'applied'
      ? { kind: 'applied', invitationId: decision.invitationId, rsvp: decision.rsvp }
      : { kind: 'older', invitationId: decision.invitationId };
  });
}

/** The coordinator's decision on a reply that could not be matched: it is this invitation's answer. */
export function assignReply(
  db: DbOrTx,
  ctx: ActionContext & { actor: { contactId: number } },
  input: { replyId: number; invitationId: number; rsvp: RsvpStatus },
): 'applied' | 'older' | 'gone' {
  return db.transaction((tx) => {
    const repo = createCalendarRepository(tx);
    const reply = repo.findUnmatched(input.replyId);
    if (!reply || reply.resolvedAt) return 'gone';
    const outcome = recordAnswer(tx, ctx, {
      invitationId: input.invitationId,
      rsvp: input.rsvp,
      answeredAt: reply.receivedAt,
      source: 'calendar',
    });
    if (outcome === 'unknown') return 'gone';
    repo.resolveUnmatched(reply.id, ctx.now);
    recordAudit(tx, ctx.actor, 'assign-reply', 'invitation', input.invitationId, ctx.now);
    return outcome;
  });
}

/** The coordinator sets a reply aside (spam, a reply to another system's meeting). */
export function dismissReply(
  db: DbOrTx,
  ctx: ActionContext & { actor: { contactId: number } },
  input: { replyId: number },
): boolean {
  return db.transaction((tx) => {
    const dismissed = createCalendarRepository(tx).resolveUnmatched(input.replyId, ctx.now);
    if (dismissed) recordAudit(tx, ctx.actor, 'dismiss-reply', 'unmatched-reply', input.replyId, ctx.now);
    return dismissed;
  });
}
