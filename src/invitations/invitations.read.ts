// Read functions of the invitations module for its pages, the meeting page, the agenda page and the dashboard: they
// load the rows through the repositories and hand them to the view (`invitations.view.ts`), which only shapes them.
import type { DbOrTx } from '../db/connection.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { lastAgendaChange } from './invitations.actions.js';
import { agendaSoFar } from './invitations.mail.js';
import { createInvitationsRepository } from './invitations.repository.js';
import {
  agendaMailRecipientsView,
  attendanceView,
  invitationsPageView,
  ownInvitationsView,
  rsvpView,
} from './invitations.view.js';
import { createParticipation } from './participation.js';

/** The coordinator's invitation page: the proposal before sending, afterwards who is invited and what changed. */
export function invitationsPage(db: DbOrTx, meeting: Meeting, now: Date) {
  return invitationsPageView(meeting, now, {
    proposal: createParticipation(db).proposal(meeting.id),
    invitees: createInvitationsRepository(db).invitees(meeting.id),
    invitable: createContactsRepository(db).invitable(),
    lastAgendaChange: lastAgendaChange(db, meeting),
  });
}

/** The attendance block of the meeting page. */
export function attendance(db: DbOrTx, meeting: Meeting, now: Date) {
  const repo = createInvitationsRepository(db);
  return attendanceView(meeting, now, repo.invitees(meeting.id), repo.presence([meeting.id]));
}

/** Who the "agenda gewijzigd" mail would go to: the preview the coordinator confirms. */
export function agendaMailRecipients(db: DbOrTx, meeting: Meeting) {
  return agendaMailRecipientsView(
    createInvitationsRepository(db).invitees(meeting.id),
    lastAgendaChange(db, meeting),
  );
}

/** One invitation as its RSVP page shows it; null for an unknown invitation or meeting. */
export function rsvpPage(db: DbOrTx, invitationId: number) {
  const repo = createInvitationsRepository(db);
  const invitee = repo.invitee(invitationId);
  const meeting = invitee ? createMeetingsRepository(db).find(invitee.meetingId) : null;
  if (!invitee || !meeting) return null;
  return rsvpView({
    invitee,
    meeting,
    all: repo.invitees(meeting.id),
    proposal: createParticipation(db).proposal(meeting.id),
    agenda: agendaSoFar(db, meeting),
  });
}

/** A member's open invitations with their own answer (the dashboard and the meeting page). */
export function ownInvitations(db: DbOrTx, contactId: number, now: Date) {
  return ownInvitationsView(createInvitationsRepository(db).openForContact(contactId, now.toISOString()));
}
