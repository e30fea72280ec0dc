// Delivers the outbox to .eml files and reads each one back as a mail client would: mailparser for the mail,
// ical.js for its calendar part.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { createEmlTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import type { TestContext } from '../helpers/test-app.js';

export interface ReadMail {
  raw: string;
  mail: ParsedMail;
  to: string;
  /** The `method=` of the text/calendar MIME part, or null without one. */
  mimeMethod: string | null;
  calendar: ICAL.Component | null;
  event: ICAL.Component | null;
}

/** Sends everything due and returns the mails in the order they were sent. */
export async function deliverAndRead(ctx: TestContext): Promise<ReadMail[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenoverleg-invitations-mail-'));
  try {
    await deliverDue(
      { db: ctx.deps.db, now: ctx.deps.now, mailTransport: createEmlTransport(dir, ctx.deps.now) },
      ctx.config,
    );
    const files = readdirSync(dir).sort();
    return Promise.all(
      files.map(async (file) => {
        const raw = readFileSync(join(dir, file), 'utf8');
        const mail = await simpleParser(raw);
        const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
        const mimeMethod = /text\/calendar;[^\r\n]*method=([A-Z]+)/i.exec(raw)?.[1] ?? null;
        const calendar = part ? new ICAL.Component(ICAL.parse(part.content.toString('utf8'))) : null;
        const to = Array.isArray(mail.to)
          ? (mail.to[0]?.value[0]?.address ?? '')
          : (mail.to?.value[0]?.address ?? '');
        return {
          raw,
          mail,
          to,
          mimeMethod,
          calendar,
          event: calendar?.getFirstSubcomponent('vevent') ?? null,
        };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The RSVP path in a mail's plain text (the "Ik kom" button), e.g. `/rsvp/abc…`. */
export function rsvpPathIn(mail: ReadMail): string {
  const match = /\/rsvp\/([A-Za-z0-9_-]+)\?antwoord=ja/.exec(mail.mail.text ?? '');
  if (!match) throw new Error(`no RSVP link in the mail to ${mail.to}`);
  return `/rsvp/${match[1]}`;
}

export function attendeeOf(mail: ReadMail) {
  const attendee = mail.event?.getFirstProperty('attendee');
  return {
    // URI schemes are case-insensitive (RFC 3986); ical-generator writes MAILTO: for attendees.
    value: String(attendee?.getFirstValue() ?? '').replace(/^mailto:/i, 'mailto:'),
    role: attendee?.getParameter('role'),
    rsvp: attendee?.getParameter('rsvp'),
    partstat: attendee?.getParameter('partstat'),
    cn: attendee?.getParameter('cn'),
  };
}
