// Invitation state changes as one transaction each: answers (web and calendar), sending, adding, removing,
// delegating, and telling invitees about a changed or cancelled meeting.
import type { DbOrTx } from '../db/connection.js';
import type { RsvpSource, RsvpStatus } from '../db/schema/index.js';
import type { ActionContext } from '../shared/action.js';
import { answerApplies } from './invitations.js';
import { createInvitationsRepository } from './invitations.repository.js';

export type AnswerOutcome = 'applied' | 'older' | 'unknown';

/**
 * Records an answer from the RSVP page or a calendar reply (METHOD:REPLY). Both feed the same status and the
 * newest answer wins (ICAL.md point 18): an answer not newer than the applied one changes nothing and says so.
 * `comment` is only given by the web page, which has checked it with the privacy guard.
 */
export function recordAnswer(
  db: DbOrTx,
  _ctx: ActionContext,
  input: { invitationId: number; rsvp: RsvpStatus; answeredAt: string; source: RsvpSource; comment?: string },
): AnswerOutcome {
  return db.transaction((tx) => {
    const repo = createInvitationsRepository(tx);
    const invitation = repo.find(input.invitationId);
    if (!invitation) return 'unknown';
    if (!answerApplies(invitation, input)) return 'older';
    repo.setAnswer(invitation.id, {
      rsvp: input.rsvp,
      rsvpAt: new Date(input.answeredAt).toISOString(),
      rsvpSource: input.source,
      // A calendar reply carries no comment of ours: it leaves an earlier web comment alone.
      ...(input.source === 'web' ? { rsvpComment: input.comment ? input.comment : null } : {}),
    });
    return 'applied';
  });
}
