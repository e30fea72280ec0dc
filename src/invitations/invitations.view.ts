// What the invitation pages show, from the rows `invitations.read.ts` loads: the proposal with its reasons and what
// changed, attendance per organisation, one invitation as its RSVP page shows it, and a member's own invitations.
import type { RsvpStatus } from '../db/schema/index.js';
import { t } from '../locale/index.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { formatDateTime, formatMeetingWhen } from '../shared/dates.js';
import {
  attendanceByOrganisation,
  behindOnAgenda,
  canInvite,
  canRecordPresence,
  compareProposal,
  type InvitableContact,
  type Proposed,
  presenceList,
  reasonText,
  showsNobodyComing,
} from './invitations.js';
import type { agendaSoFar } from './invitations.mail.js';
import type { Invitee, MeetingInvitee, OpenInvitationRow, PresenceRow } from './invitations.repository.js';

const answerLabel = (rsvp: RsvpStatus) => t(`invitations.rsvp.${rsvp}`);

/** "komt (via de agenda-uitnodiging, dinsdag 3 maart 2026, 10:00)" */
function answerText(invitee: Pick<Invitee, 'rsvp' | 'rsvpSource' | 'rsvpAt'>): string {
  if (invitee.rsvp === 'geen-reactie' || !invitee.rsvpSource || !invitee.rsvpAt)
    return answerLabel(invitee.rsvp);
  return t('invitations.answerWithSource', {
    answer: answerLabel(invitee.rsvp),
    source: t(`invitations.source.${invitee.rsvpSource}`),
    date: formatDateTime(invitee.rsvpAt),
  });
}

const proposedRow = (entry: Proposed) => ({
  contactId: entry.contact.id,
  name: entry.contact.name ?? entry.contact.email,
  organisationName: entry.contact.organisationName,
  reasons: entry.reasons.map(reasonText),
});

/** The coordinator's invitation page: the proposal before sending, afterwards who is invited and what changed. */
export function invitationsPageView(
  meeting: Meeting,
  now: Date,
  read: {
    proposal: readonly Proposed[];
    invitees: readonly MeetingInvitee[];
    /** Every contact that could be invited. */
    invitable: readonly InvitableContact[];
    /** When the published agenda last changed (see `lastAgendaChange`). */
    lastAgendaChange: string | null;
  },
) {
  const { proposal, invitees } = read;
  const changes = compareProposal(proposal, invitees);
  const active = invitees.filter((invitee) => invitee.removedAt === null);
  const sent = active.some((invitee) => invitee.sentSequence !== null);
  const involved = new Set(invitees.map((invitee) => invitee.contactId));
  const proposed = new Set(proposal.map((entry) => entry.contact.id));
  const agendaBehind = behindOnAgenda(invitees, read.lastAgendaChange);
  return {
    canInvite: canInvite(meeting, now),
    sent,
    additions: changes.additions.map(proposedRow),
    removedEarlier: changes.removedEarlier.map(proposedRow),
    reasonsGone: changes.reasonsGone.map((invitation) => {
      const invitee = invitees.find((row) => row.id === invitation.id);
      return {
        id: invitation.id,
        name: invitee?.contactName ?? '',
        organisationName: invitee?.organisationName ?? '',
      };
    }),
    invitees: active.map((invitee) => ({
      id: invitee.id,
      name: invitee.contactName ?? invitee.email ?? '',
      organisationName: invitee.organisationName,
      reasons: reasonLinesOf(proposal, invitee, invitees),
      answer: invitee.delegatedToName
        ? t('invitations.delegatedTo', { name: invitee.delegatedToName })
        : answerText(invitee),
      comment: invitee.rsvpComment ?? '',
      sent: invitee.sentSequence !== null,
    })),
    // Anyone else who could be invited by hand: not proposed, not invited (nor removed) before.
    others: read.invitable
      .filter((contact) => !proposed.has(contact.id) && !involved.has(contact.id))
      .map((contact) => ({
        value: String(contact.id),
        label: `${contact.organisationName} – ${contact.name ?? contact.email}`,
      })),
    agendaMail: agendaBehind.length > 0 && canInvite(meeting, now) ? { count: agendaBehind.length } : null,
  };
}

function reasonLinesOf(proposal: readonly Proposed[], invitee: Invitee, all: readonly Invitee[]): string[] {
  if (invitee.reason === 'delegate') {
    const from = all.find((row) => row.id === invitee.delegatedFromId);
    return [reasonText({ kind: 'delegate', fromName: from?.contactName ?? '' })];
  }
  const entry = proposal.find((item) => item.contact.id === invitee.contactId);
  if (invitee.reason === 'manual' || !entry) return [reasonText({ kind: 'manual' })];
  return entry.reasons.map(reasonText);
}

/** The attendance block of the meeting page: per organisation who comes, who doesn't, who hasn't answered. */
export function attendanceView(
  meeting: Meeting,
  now: Date,
  allInvitees: readonly MeetingInvitee[],
  recorded: readonly PresenceRow[],
) {
  const invitees = allInvitees.filter(
    (invitee) => invitee.removedAt === null && invitee.sentSequence !== null,
  );
  const groups = attendanceByOrganisation(
    invitees.map((invitee) => ({
      invitationId: invitee.id,
      contactName: invitee.contactName ?? invitee.email ?? '',
      organisationId: invitee.organisationId,
      organisationName: invitee.organisationName,
      rsvp: invitee.rsvp,
      rsvpSource: invitee.rsvpSource,
      delegatedToName: invitee.delegatedToName,
    })),
  );
  const names = (rows: readonly { contactName: string | null }[]) =>
    rows.map((row) => row.contactName).join(', ');
  const warn = showsNobodyComing(meeting, now);
  return {
    // After the start: which organisations were there (the insight's "aanwezig").
    presence: canRecordPresence(meeting, now)
      ? {
          organisations: presenceList(invitees, recorded),
          recordedAt: recorded[0]?.recordedAt ?? null,
        }
      : null,
    invited: invitees.length,
    counts: {
      coming: groups.reduce((sum, group) => sum + group.coming.length, 0),
      notComing: groups.reduce((sum, group) => sum + group.notComing.length + group.delegated.length, 0),
      maybe: groups.reduce((sum, group) => sum + group.maybe.length, 0),
      noAnswer: groups.reduce((sum, group) => sum + group.noAnswer.length, 0),
    },
    organisations: groups.map((group) => ({
      name: group.organisationName,
      coming: names(group.coming),
      maybe: names(group.maybe),
      notComing: names(group.notComing),
      delegated: group.delegated
        .map((row) =>
          t('invitations.delegatedFromTo', { from: row.contactName ?? '', to: row.delegatedToName ?? '' }),
        )
        .join(', '),
      noAnswer: names(group.noAnswer),
      warn: warn && group.nobodyComing,
    })),
    nobodyComing: warn
      ? groups.filter((group) => group.nobodyComing).map((group) => group.organisationName)
      : [],
  };
}

/** Who the "agenda gewijzigd" mail would go to, given when the agenda last changed: the preview the coordinator confirms. */
export function agendaMailRecipientsView(
  invitees: readonly MeetingInvitee[],
  lastAgendaChange: string | null,
) {
  return behindOnAgenda(invitees, lastAgendaChange).map(
    (invitee) => `${invitee.contactName ?? invitee.email ?? ''} (${invitee.organisationName})`,
  );
}

/** One invitation as its RSVP page shows it: the meeting, the agenda so far, the reasons and the current answer. */
export function rsvpView(read: {
  invitee: Invitee;
  meeting: Meeting;
  /** Every invitation to the meeting. */
  all: readonly MeetingInvitee[];
  proposal: readonly Proposed[];
  agenda: ReturnType<typeof agendaSoFar>;
}) {
  const { invitee, meeting, all, proposal } = read;
  const own = all.find((row) => row.id === invitee.id);
  return {
    invitee,
    meeting,
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    reasons: reasonLinesOf(proposal, invitee, all).map((reason) =>
      t('invitations.reasons.line', { organisation: invitee.organisationName, reason }),
    ),
    answer: answerText(invitee),
    answered: invitee.rsvp !== 'geen-reactie',
    delegatedToName: own?.delegatedToName ?? null,
    agenda: read.agenda,
    deadline: formatDateTime(meeting.topicDeadline),
  };
}

/** A member's open invitations with their own answer: the dashboard lists them, with the answer buttons. */
export function ownInvitationsView(rows: readonly OpenInvitationRow[]) {
  return rows.map(({ invitation, meeting }) => ({
    meetingId: meeting.id,
    title: meeting.title,
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    rsvp: invitation.rsvp,
    answer: answerText(invitation),
    cancelled: meeting.status === 'geannuleerd',
    choices: (['ja', 'nee', 'misschien'] as const).map((value) => ({
      value,
      label: t(`invitations.rsvpPage.options.${value}`),
      current: invitation.rsvp === value,
    })),
  }));
}
