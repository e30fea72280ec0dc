// Puts one iMIP calendar mail (REQUEST or CANCEL) in the outbox, inside the caller's transaction.
//
// For the invitations module (issue 9), call it from an action, inside its transaction, once per contact:
//
//   enqueueCalendarMail(tx: DbOrTx, ctx: Pick<ActionContext, 'config' | 'now'>, mail: {
//     method: 'REQUEST' | 'CANCEL';   // invite or update (SEQUENCE already raised), or cancel
//     meeting: CalendarMeeting;        // the meeting row as stored (id, title, times, place, status, sequence, updatedAt)
//     to: CalendarAttendee;            // { name, email, optional }: the recipient, the one ATTENDEE of this mail
//     template: string;                // views/mail/<template>.html.hbs, subject mail.<template>.subject
//     data: Record<string, unknown>;   // template data
//     purpose: string;                 // e.g. `invitation:12` (never free text)
//     description?: string;            // plain-text DESCRIPTION; default: online link, meeting page, privacy line
//     answerUrl?: string;              // the invitee's personal page, named in the default DESCRIPTION instead
//   }): void
//
// The outbox stores the method and the VCALENDAR; the transports send them with nodemailer's `icalEvent`, so the
// text/calendar part's `method=` is the METHOD inside the calendar (ICAL.md 1, 2).
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { enqueueMail } from '../mail/mailer.js';
import { readSettings } from '../settings/settings.js';
import type { ActionContext } from '../shared/action.js';
import { buildInvite, type CalendarAttendee, type CalendarMeeting, type InviteMethod } from './calendar.js';

export interface CalendarMail {
  method: InviteMethod;
  meeting: CalendarMeeting;
  to: CalendarAttendee;
  template: string;
  data: Record<string, unknown>;
  purpose: string;
  description?: string;
  answerUrl?: string;
}

/**
 * Whether an address is the organizer mailbox (MAIL_FROM), which cannot be an attendee of its own meeting (ICAL.md
 * 3): a contact with that address (the coordinator's own mailbox) gets the same mails without a calendar.
 */
export function isOrganizerMailbox(config: Pick<Config, 'mailFrom'>, email: string): boolean {
  return email.toLowerCase() === config.mailFrom.toLowerCase();
}

export function enqueueCalendarMail(
  tx: DbOrTx,
  ctx: Pick<ActionContext, 'config' | 'now'>,
  mail: CalendarMail,
): void {
  const to = { name: mail.to.name, email: mail.to.email };
  // Without a calendar rather than failing everyone's mail (see `isOrganizerMailbox`).
  if (isOrganizerMailbox(ctx.config, mail.to.email)) {
    enqueueMail(tx, ctx.config, ctx.now, {
      template: mail.template,
      to,
      data: mail.data,
      purpose: mail.purpose,
    });
    return;
  }
  // Only the recipient is an attendee: every contact gets their own mail, and no one sees the others' addresses.
  const content = buildInvite(
    { ...ctx.config, gemeente: readSettings(tx).gemeenteName },
    {
      method: mail.method,
      meeting: mail.meeting,
      attendees: [mail.to],
      now: ctx.now,
      ...(mail.description === undefined ? {} : { description: mail.description }),
      ...(mail.answerUrl === undefined ? {} : { answerUrl: mail.answerUrl }),
    },
  );
  enqueueMail(tx, ctx.config, ctx.now, {
    template: mail.template,
    to,
    data: mail.data,
    purpose: mail.purpose,
    ical: { method: mail.method, content },
  });
}
