// The demo's invitations for the upcoming meeting: sent to the proposal (as the coordinator would), with a mix of
// answers: from the RSVP page, one from a calendar reply, one with a comment, one colleague sent in someone's place.
import { upcomingMeeting } from '../agenda/agenda.js';
import { hashToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import type { RsvpSource, RsvpStatus } from '../db/schema/index.js';
import { delegateInvitation, recordAnswer, sendInvitations } from '../invitations/invitations.actions.js';
import { presenceList, storedReason } from '../invitations/invitations.js';
import { createInvitationsRepository } from '../invitations/invitations.repository.js';
import { createParticipation } from '../invitations/participation.js';
import { createMeetingsRepository } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { DEMO_COORDINATOR_EMAIL } from './demo-data.js';

const ANSWERS: { email: string; rsvp: RsvpStatus; source: RsvpSource; comment?: string }[] = [
  { email: 'jeugdagent@politie.example', rsvp: 'ja', source: 'web' },
  { email: 'halt@halt.example', rsvp: 'ja', source: 'calendar' },
  {
    email: 'preventie@brijder.example',
    rsvp: 'misschien',
    source: 'web',
    comment: 'Ik probeer een andere afspraak te verzetten.',
  },
  { email: 'directie@polderlicht.example', rsvp: 'nee', source: 'web' },
];
const DELEGATE = {
  from: 'met@met.example',
  colleague: { name: 'Lotte Smit', email: 'lotte.smit@met.example' },
};

/**
 * Invites the proposal for the upcoming meeting (everyone but the coordinator, who organises it) when nobody was
 * invited yet; idempotent. Without a config there is no outbox to write the invitations to, so nothing happens.
 */
export function loadDemoInvitations(
  tx: DbOrTx,
  deps: { now: Date; newToken: () => string },
  config: Config | null,
): void {
  if (!config) return;
  const meeting = upcomingMeeting(createMeetingsRepository(tx).listAhead(), deps.now);
  const coordinator = createContactsRepository(tx).findByEmail(DEMO_COORDINATOR_EMAIL);
  const invitations = createInvitationsRepository(tx);
  if (!meeting || !coordinator || invitations.anySent(meeting.id)) return;
  const ctx = { config, now: deps.now, actor: { contactId: coordinator.id }, newToken: deps.newToken };
  const contactIds = createParticipation(tx)
    .proposal(meeting.id)
    .map((entry) => entry.contact.id)
    .filter((id) => id !== coordinator.id);
  sendInvitations(tx, ctx, { meetingId: meeting.id, contactIds });

  const invitationOf = (email: string) => {
    const contact = createContactsRepository(tx).findByEmail(email);
    return contact ? invitations.findForContact(meeting.id, contact.id) : null;
  };
  const answered = new Date(deps.now.getTime() - 86_400_000).toISOString();
  for (const answer of ANSWERS) {
    const invitation = invitationOf(answer.email);
    if (!invitation) continue;
    recordAnswer(tx, ctx, {
      invitationId: invitation.id,
      rsvp: answer.rsvp,
      answeredAt: answered,
      source: answer.source,
      ...(answer.comment ? { comment: answer.comment } : {}),
    });
  }
  const delegating = invitationOf(DELEGATE.from);
  if (delegating) delegateInvitation(tx, ctx, { invitationId: delegating.id, colleague: DELEGATE.colleague });
}

/**
 * The held meetings as they went: the proposal was invited (long ago, so no mail now), most answered "ja", one
 * contact "nee" and one never answered, and the coordinator recorded who was there (all who said "ja", bar one
 * school at the oldest meeting). Gives the insight pages a past to show; idempotent.
 */
export function loadDemoHistory(tx: DbOrTx, now: Date): void {
  const invitations = createInvitationsRepository(tx);
  const held = createMeetingsRepository(tx)
    .list({ concepts: true })
    .filter((meeting) => meeting.status === 'gehouden');
  held.forEach((meeting, meetingIndex) => {
    if (invitations.invitees(meeting.id).length > 0) return;
    const sentAt = new Date(Date.parse(meeting.startsAt) - 30 * 86_400_000).toISOString();
    const present = new Set<number>();
    createParticipation(tx)
      .proposal(meeting.id)
      .forEach((entry, index) => {
        const [reason] = entry.reasons;
        if (!reason) return;
        const id = invitations.insert(
          {
            meetingId: meeting.id,
            contactId: entry.contact.id,
            ...storedReason(reason),
            tokenHash: hashToken(`demo-history-${meeting.id}-${entry.contact.id}`),
          },
          sentAt,
        );
        invitations.markSent(id, meeting.sequence);
        if (index % 7 === 5) return;
        const rsvp: RsvpStatus = index % 7 === 3 ? 'nee' : 'ja';
        invitations.setAnswer(id, { rsvp, rsvpAt: sentAt, rsvpSource: 'web' });
        if (rsvp === 'ja') present.add(entry.contact.organisationId);
      });
    const listed = presenceList(invitations.invitees(meeting.id), []);
    const absent = meetingIndex === 0 ? listed.find((organisation) => organisation.present)?.id : undefined;
    invitations.recordPresence(
      meeting.id,
      listed.map((organisation) => ({
        organisationId: organisation.id,
        present: present.has(organisation.id) && organisation.id !== absent,
      })),
      // Recorded right after the meeting (or now, for one that just ended).
      new Date(Math.min(Date.parse(meeting.endsAt), now.getTime())).toISOString(),
    );
  });
}
