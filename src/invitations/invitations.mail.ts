// The invitation mails, put in the outbox inside the caller's transaction: one per contact, with the meeting, the
// agenda so far, why this contact is invited and the three answer buttons; invites and updates carry the calendar.

import { readAgenda } from '../agenda/agenda.repository.js';
import { agendaView } from '../agenda/agenda.view.js';
import { createTopicsRepository } from '../agenda/topics.repository.js';
import { enqueueCalendarMail, isOrganizerMailbox } from '../calendar/calendar.mail.js';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { t } from '../locale/index.js';
import { enqueueMail } from '../mail/mailer.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { DEFAULT_COVENANT_NAME, readSettings } from '../settings/settings.js';
import type { ActionContext } from '../shared/action.js';
import { formatDateTime, formatMeetingWhen } from '../shared/dates.js';
import { type Reason, reasonLines } from './invitations.js';

/** new: first invitation; added: invited later; update: new time or place; reminder: no answer yet; agenda: agenda changed. */
export type InvitationMailKind = 'new' | 'added' | 'update' | 'reminder' | 'agenda';
/** cancelled: the meeting is off; withdrawn: this invitee no longer is invited. */
export type CancelMailKind = 'cancelled' | 'withdrawn';

export interface InvitationRecipient {
  invitationId: number;
  name: string | null;
  email: string;
  organisationName: string;
  reasons: readonly Reason[];
}

export const RSVP_ANSWERS = ['ja', 'nee', 'misschien'] as const;

export function rsvpLink(config: Pick<Config, 'baseUrl'>, token: string, answer?: string): string {
  const link = `${config.baseUrl}/rsvp/${token}`;
  return answer ? `${link}?antwoord=${answer}` : link;
}

/** The agenda as far as invitees may see it: the timed agenda once published, else the accepted topics so far. */
export function agendaSoFar(db: DbOrTx, meeting: Meeting) {
  if (meeting.agendaPublishedAt) {
    return {
      published: true,
      lines: agendaView(meeting, readAgenda(db, meeting.id)).items.map((item) => ({
        time: item.startLabel,
        title: item.title,
      })),
    };
  }
  const lines = createTopicsRepository(db)
    .onAgendaOf([meeting.id])
    .map((topic) => ({ time: '', title: `${topic.title} (${topic.themeName})` }));
  return { published: false, lines };
}

/** The same facts in every mail about the meeting; the subject line names the meeting and its date. */
function meetingFacts(meeting: Meeting) {
  const when = formatMeetingWhen(meeting.startsAt, meeting.endsAt);
  return {
    meetingTitle: meeting.title,
    when,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    subjectParams: { title: meeting.title, when },
  };
}

function calendarMeeting(meeting: Meeting) {
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    sequence: meeting.sequence,
    updatedAt: meeting.updatedAt,
  };
}

/** Theme partners are asked as optional participants; schools and core partners are required (ICAL.md 4). */
function optionalParticipant(reasons: readonly Reason[]): boolean {
  return reasons.length > 0 && reasons.every((reason) => reason.kind === 'theme');
}

/**
 * One invitation mail. `new`, `added` and `update` are iMIP REQUESTs with the meeting's current SEQUENCE (the
 * caller raised it for an update); a reminder and an agenda change leave the calendar item as it is, so they are
 * plain mail. Every kind says why the contact is invited.
 */
export function enqueueInvitationMail(
  tx: DbOrTx,
  ctx: Pick<ActionContext, 'config' | 'now'>,
  mail: {
    kind: InvitationMailKind;
    meeting: Meeting;
    agenda: ReturnType<typeof agendaSoFar>;
    to: InvitationRecipient;
    token: string;
    /** For an update: the colleague the invitee sent in their place, who is asked instead of them. */
    replacedBy?: string | null;
  },
): void {
  const { meeting, to, kind } = mail;
  const facts = meetingFacts(meeting);
  const replaced = kind === 'update' && mail.replacedBy ? mail.replacedBy : null;
  const data = {
    ...facts,
    subject: t(`invitations.mail.subject.${kind}`, facts.subjectParams),
    heading: t(`invitations.mail.heading.${kind}`),
    // An installation without settings yet (only in tests) is called by the covenant name `cli init` defaults to.
    intro: replaced
      ? t('invitations.mail.intro.updateReplaced', { name: replaced })
      : t(`invitations.mail.intro.${kind}`, {
          covenant: readSettings(tx).covenantName || DEFAULT_COVENANT_NAME,
        }),
    reasons: reasonLines(to.organisationName, to.reasons),
    agendaPublished: mail.agenda.published,
    agendaLines: mail.agenda.lines,
    deadline: formatDateTime(meeting.topicDeadline),
    // The organizer mailbox gets no calendar (see `isOrganizerMailbox`): no calendar buttons to point to.
    answerHelp: t(
      isOrganizerMailbox(ctx.config, to.email)
        ? 'invitations.mail.answerHelpWithoutCalendar'
        : 'invitations.mail.answerHelp',
    ),
    answers: (replaced ? [] : RSVP_ANSWERS).map((answer, index) => ({
      label: t(`invitations.mail.answer.${answer}`),
      link: rsvpLink(ctx.config, mail.token, answer),
      primary: index === 0,
    })),
    link: rsvpLink(ctx.config, mail.token),
  };
  const purpose = `invitation-${kind}:${to.invitationId}`;
  const recipient = { name: to.name, email: to.email };
  if (kind === 'reminder' || kind === 'agenda') {
    enqueueMail(tx, ctx.config, ctx.now, { template: 'invitation', to: recipient, data, purpose });
    return;
  }
  enqueueCalendarMail(tx, ctx, {
    method: 'REQUEST',
    meeting: calendarMeeting(meeting),
    to: { ...recipient, optional: optionalParticipant(to.reasons) },
    template: 'invitation',
    data,
    purpose,
    // The calendar links to the invitee's own page, which opens without an account, as the mail's buttons do.
    answerUrl: data.link,
  });
}

/** A METHOD:CANCEL to one invitee: the meeting was cancelled (SEQUENCE already raised), or their invitation withdrawn. */
export function enqueueCancelMail(
  tx: DbOrTx,
  ctx: Pick<ActionContext, 'config' | 'now'>,
  mail: { kind: CancelMailKind; meeting: Meeting; to: InvitationRecipient },
): void {
  const { meeting, to, kind } = mail;
  const facts = meetingFacts(meeting);
  enqueueCalendarMail(tx, ctx, {
    method: 'CANCEL',
    meeting: calendarMeeting(kind === 'cancelled' ? meeting : { ...meeting, status: 'geannuleerd' as const }),
    // The attendee as the invite named them, so the CANCEL matches the REQUEST in the invitee's calendar.
    to: { name: to.name, email: to.email, optional: optionalParticipant(to.reasons) },
    template: 'invitation-cancel',
    data: {
      ...facts,
      subject: t(`invitations.mail.subject.${kind}`, facts.subjectParams),
      heading: t(`invitations.mail.heading.${kind}`),
      intro: isOrganizerMailbox(ctx.config, to.email)
        ? t(`invitations.mail.intro.${kind}`)
        : `${t(`invitations.mail.intro.${kind}`)} ${t('invitations.mail.removedFromCalendar')}`,
      cancelReason:
        kind === 'cancelled' && meeting.cancelReason
          ? t('invitations.mail.cancelReason', {
              reason: t(`meetings.cancelReasons.${meeting.cancelReason}`),
            })
          : '',
    },
    purpose: `invitation-${kind}:${to.invitationId}`,
  });
}
