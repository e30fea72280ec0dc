// Calendar replies with a database: the inbound SMTP listener, a real round trip on loopback, stale replies, the
// coordinator's upload and the review list of unmatched replies (ICAL.md 16–18).
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import ICAL from 'ical.js';
import ical, { ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { type ParsedMail, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueCalendarMail } from '../../src/calendar/calendar.mail.js';
import { recordAnswer } from '../../src/invitations/invitations.actions.js';
import { createSmtpTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { createMeetingsRepository, type Meeting } from '../../src/meetings/meetings.repository.js';
import { actionContext } from '../helpers/action-context.js';
import { aWorld, type World } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/replies/${name}`, import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let ctx: TestContext;
let world: World;
let port: number;
let meeting: Meeting;

beforeEach(async () => {
  port = await freePort();
  ctx = await buildTestApp({ env: { REPLY_SMTP_PORT: String(port) } });
  world = aWorld(ctx.deps.db);
  const { id } = aMeeting(ctx.deps.db);
  meeting = createMeetingsRepository(ctx.deps.db).find(id) as Meeting;
  // The fixtures answer meeting 1 of http://localhost:3000.
  expect(meeting.id).toBe(1);
  anInvitation(ctx.deps.db, meeting.id, world.schoolMember.id, { sentSequence: 0 });
  anInvitation(ctx.deps.db, meeting.id, world.partnerMember.id, { sentSequence: 0 });
});
afterEach(async () => {
  await ctx.close();
});

const sql = <T>(query: string, ...params: unknown[]) =>
  ctx.deps.db.$client.prepare(query).all(...params) as T[];
const answers = () =>
  sql<{ email: string; rsvp: string; rsvp_at: string | null; rsvp_source: string | null }>(
    `select contacts.email, rsvp, rsvp_at, rsvp_source from invitations
     join contacts on contacts.id = invitations.contact_id order by invitations.id`,
  );

/** A mail server talking to the app's listener, as the organisation's MX would. */
function mailTo(listenerPort: number) {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: listenerPort,
    secure: false,
    ignoreTLS: true,
  });
}

async function sendRaw(raw: Buffer | string, to = 'ketenoverleg@dijkenwaard.example') {
  const transport = mailTo(port);
  try {
    return await transport.sendMail({ envelope: { from: 'afzender@school.example', to }, raw });
  } finally {
    transport.close();
  }
}

describe('the inbound SMTP listener', () => {
  it('applies an Outlook acceptance (no ORGANIZER, Windows zone) to the invitation, dated by its DTSTAMP', async () => {
    const info = await sendRaw(fixture('outlook-accepted.eml'));
    expect(info.accepted).toEqual(['ketenoverleg@dijkenwaard.example']);
    expect(answers()).toEqual([
      {
        email: 'zorg@testcollege.example',
        rsvp: 'ja',
        rsvp_at: '2026-03-03T10:15:22.000Z',
        rsvp_source: 'calendar',
      },
      { email: 'medewerker@partner.example', rsvp: 'geen-reactie', rsvp_at: null, rsvp_source: null },
    ]);
  });

  it('applies a Gmail refusal and a plain-text tentative answer, the newest one winning', async () => {
    await sendRaw(fixture('gmail-declined.eml'));
    expect(answers()[1]).toMatchObject({ rsvp: 'nee', rsvp_at: '2026-03-04T08:12:00.000Z' });
    await sendRaw(fixture('plain-body-tentative.eml'));
    expect(answers()[1]).toMatchObject({ rsvp: 'misschien', rsvp_at: '2026-03-06T14:00:00.000Z' });
    // The Gmail refusal again (a resend): its DTSTAMP is not newer than the applied answer, so nothing changes.
    await sendRaw(fixture('gmail-declined.eml'));
    expect(answers()[1]).toMatchObject({ rsvp: 'misschien', rsvp_at: '2026-03-06T14:00:00.000Z' });
  });

  it('ignores an answer to an older SEQUENCE after the meeting was moved (17)', async () => {
    // As moving it does: SEQUENCE 1, and an update with it sent to every invitee.
    ctx.deps.db.$client.prepare('update meetings set sequence = 1 where id = ?').run(meeting.id);
    ctx.deps.db.$client
      .prepare('update invitations set sent_sequence = 1 where meeting_id = ?')
      .run(meeting.id);
    await sendRaw(fixture('outlook-old-sequence.eml'));
    expect(answers()[0]).toMatchObject({ rsvp: 'geen-reactie', rsvp_at: null });
    expect(sql('select count(*) as n from unmatched_replies')).toEqual([{ n: 0 }]);
  });

  it('lets a newer web answer stand against an older calendar reply, and a newer reply replace it (18)', async () => {
    recordAnswer(ctx.deps.db, actionContext(ctx, null), {
      invitationId: 1,
      rsvp: 'nee',
      answeredAt: '2026-03-04T12:00:00.000Z',
      source: 'web',
    });
    await sendRaw(fixture('outlook-accepted.eml')); // DTSTAMP 3 March: older than the web answer
    expect(answers()[0]).toMatchObject({ rsvp: 'nee', rsvp_source: 'web' });
    await sendRaw(fixture('outlook-alias-declined.eml')); // 3 March too, via the From address: still older
    expect(answers()[0]).toMatchObject({ rsvp: 'nee', rsvp_source: 'web' });
    ctx.deps.db.$client
      .prepare("update invitations set rsvp_at = '2026-03-01T00:00:00.000Z' where id = 1")
      .run();
    await sendRaw(fixture('outlook-accepted.eml'));
    expect(answers()[0]).toMatchObject({ rsvp: 'ja', rsvp_source: 'calendar' });
  });

  it('keeps a reply from an unknown attendee for review', async () => {
    ctx.deps.db.$client
      .prepare('update invitations set removed_at = ? where id = 2')
      .run('2026-03-02T09:00:00.000Z');
    await sendRaw(fixture('gmail-declined.eml'));
    expect(sql('select from_address, uid, partstat, reason, resolved_at from unmatched_replies')).toEqual([
      {
        from_address: 'medewerker@partner.example',
        uid: 'meeting-1@localhost',
        partstat: 'DECLINED',
        reason: 'unknown-attendee',
        resolved_at: null,
      },
    ]);
  });

  it('refuses other recipients, mail without a calendar reply, and mail over the size limit', async () => {
    await expect(sendRaw(fixture('outlook-accepted.eml'), 'iemand@dijkenwaard.example')).rejects.toThrow(
      /550 5\.1\.1 Onbekende ontvanger/,
    );
    await expect(
      sendRaw(
        'From: a@school.example\r\nTo: ketenoverleg@dijkenwaard.example\r\nSubject: Ik kom\r\n\r\nIk kom!\r\n',
      ),
    ).rejects.toThrow(/550 5\.6\.0 Geen agenda-antwoord gevonden/);
    const huge = `${fixture('outlook-accepted.eml').toString()}\r\n${'x'.repeat(1024 * 1024 + 10)}\r\n`;
    await expect(sendRaw(huge)).rejects.toThrow(/552/);
    expect(answers().map((row) => row.rsvp)).toEqual(['geen-reactie', 'geen-reactie']);
  });

  it('stops listening when the app closes', async () => {
    await ctx.close();
    await expect(sendRaw(fixture('outlook-accepted.eml'))).rejects.toThrow(/ECONNREFUSED/);
    // A fresh app for afterEach to close.
    ctx = await buildTestApp();
  });
});

describe('a round trip on loopback', () => {
  it('delivers the invite through SMTP_URL and applies the REPLY the attendee’s calendar mails back', async () => {
    const received: ParsedMail[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      logger: false,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const sinkPort = (sink.server.address() as AddressInfo).port;
    const transport = createSmtpTransport(`smtp://127.0.0.1:${sinkPort}`);
    try {
      ctx.deps.db.transaction((tx) =>
        enqueueCalendarMail(tx, actionContext(ctx, null), {
          method: 'REQUEST',
          meeting,
          to: { name: world.schoolMember.name, email: world.schoolMember.email, optional: false },
          template: 'login',
          data: { link: `${ctx.config.baseUrl}/rsvp/x`, minutes: 15 },
          purpose: 'invitation:1',
        }),
      );
      expect(await deliverDue({ ...ctx.deps, mailTransport: transport }, ctx.config)).toEqual({
        sent: 1,
        failed: 0,
      });
      expect(received).toHaveLength(1);
      const invite = received[0] as ParsedMail;
      const part = invite.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      const event = new ICAL.Component(ICAL.parse(part?.content.toString('utf8') ?? '')).getFirstSubcomponent(
        'vevent',
      ) as ICAL.Component;

      // The attendee's calendar answers: METHOD:REPLY with the invite's UID and SEQUENCE, to the organizer.
      const reply = ical({ method: ICalCalendarMethod.REPLY, prodId: '//Attendee//Calendar//NL' });
      reply.createEvent({
        id: String(event.getFirstPropertyValue('uid')),
        sequence: Number(event.getFirstPropertyValue('sequence')),
        stamp: new Date('2026-03-03T08:00:00Z'),
        start: new Date('2026-04-14T13:00:00Z'),
        summary: 'Geaccepteerd',
        attendees: [
          { email: world.schoolMember.email, name: 'Sietske School', status: ICalAttendeeStatus.ACCEPTED },
        ],
      });
      const organizer = String(event.getFirstPropertyValue('organizer')).replace(/^mailto:/, '');
      const client = mailTo(port);
      try {
        await client.sendMail({
          from: world.schoolMember.email,
          to: organizer,
          subject: 'Geaccepteerd: Ketenoverleg',
          text: 'Geaccepteerd',
          icalEvent: { method: 'REPLY', content: reply.toString() },
        });
      } finally {
        client.close();
      }
      expect(answers()[0]).toEqual({
        email: 'zorg@testcollege.example',
        rsvp: 'ja',
        rsvp_at: '2026-03-03T08:00:00.000Z',
        rsvp_source: 'calendar',
      });
    } finally {
      transport.close();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});

describe('the coordinator’s replies page', () => {
  it('processes an uploaded .eml and .ics, and says what happened', async () => {
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get('/replies');
    const uploaded = await coordinator.upload('/replies/upload', {
      field: 'file',
      name: 'Geaccepteerd.eml',
      type: 'message/rfc822',
      content: fixture('outlook-accepted.eml'),
    });
    expect(uploaded.statusCode).toBe(302);
    expect(uploaded.headers.location).toBe('/replies');
    expect((await coordinator.get('/replies')).body).toContain(
      'Het antwoord is verwerkt bij de uitnodiging.',
    );
    expect(answers()[0]).toMatchObject({ rsvp: 'ja', rsvp_source: 'calendar' });

    await coordinator.upload('/replies/upload', {
      field: 'file',
      name: 'antwoord.ics',
      type: 'text/calendar',
      content: fixture('thunderbird-tentative.ics'),
    });
    expect(answers()[1]).toMatchObject({ rsvp: 'misschien' });
  });

  it('explains in Dutch what is wrong with a file that is no reply, or with no file at all', async () => {
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get('/replies');
    const wrong = await coordinator.upload('/replies/upload', {
      field: 'file',
      name: 'uitnodiging.ics',
      type: 'text/calendar',
      content:
        'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('uitnodiging.ics is geen antwoord maar een uitnodiging of agenda-item.');
    expect(wrong.body).toContain('<a href="#field-file">');
    const empty = await coordinator.upload('/replies/upload', {
      field: 'file',
      name: '',
      type: 'text/plain',
      content: '',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Kies een bestand met een agenda-antwoord.');
    const noToken = await coordinator.post('/replies/upload', { _csrf: null });
    expect(noToken.statusCode).toBe(403);
    expect(answers().map((row) => row.rsvp)).toEqual(['geen-reactie', 'geen-reactie']);
  });

  it('lists an unmatched reply and lets the coordinator assign it to an invitation, logged', async () => {
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get('/replies');
    await coordinator.upload('/replies/upload', {
      field: 'file',
      name: 'antwoord.ics',
      type: 'text/calendar',
      content: fixture('unknown-uid.ics'),
    });
    const page = await coordinator.get('/replies');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dit antwoord hoort niet vanzelf bij een uitnodiging.');
    expect(page.body).toContain('medewerker@partner.example: misschien');
    expect(page.body).toContain('het antwoord gaat over een afspraak die de app niet kent');
    // Offered: the invitations of planned meetings to come, the sender's own preselected.
    expect(page.body).toMatch(
      /<option value="2" selected>Piet Partner \(Testpartner\) – Ketenoverleg Veilige School – april 2026, dinsdag 14 april 2026, 15:00–17:00<\/option>/,
    );
    expect(page.body).toContain('id="reply-1-rsvp-misschien" name="rsvp" value="misschien" checked');

    const missing = await coordinator.post('/replies/1/assign', { invitationId: '', rsvp: '' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Kies bij welke uitnodiging dit antwoord hoort.');
    expect(missing.body).toContain('Kies het antwoord.');

    const assigned = await coordinator.post('/replies/1/assign', { invitationId: '2', rsvp: 'misschien' });
    expect(assigned.statusCode).toBe(302);
    expect((await coordinator.get('/replies')).body).toContain('Het antwoord is bij de uitnodiging gezet.');
    expect(answers()[1]).toMatchObject({ rsvp: 'misschien', rsvp_source: 'calendar' });
    expect(sql('select resolved_at is not null as resolved from unmatched_replies')).toEqual([
      { resolved: 1 },
    ]);
    expect(sql('select actor_contact_id, action, entity, entity_id from audit_log')).toEqual([
      { actor_contact_id: world.coordinator.id, action: 'assign-reply', entity: 'invitation', entity_id: 2 },
    ]);
    expect((await coordinator.get('/replies')).body).toContain('Er zijn geen antwoorden om te controleren.');
  });

  it('lets the coordinator set a reply aside', async () => {
    const coordinator = await loggedInAgent(ctx, world.coordinator.id);
    await coordinator.get('/replies');
    await coordinator.upload('/replies/upload', {
      field: 'file',
      name: 'antwoord.ics',
      type: 'text/calendar',
      content: fixture('unknown-uid.ics'),
    });
    const dismissed = await coordinator.post('/replies/1/dismiss');
    expect(dismissed.statusCode).toBe(302);
    expect((await coordinator.get('/replies')).body).toContain('Het antwoord is weggelegd.');
    expect(sql('select action, entity, entity_id from audit_log')).toEqual([
      { action: 'dismiss-reply', entity: 'unmatched-reply', entity_id: 1 },
    ]);
    expect(answers().map((row) => row.rsvp)).toEqual(['geen-reactie', 'geen-reactie']);
  });

  it('is for the coordinator only', async () => {
    const member = await loggedInAgent(ctx, world.schoolMember.id);
    expect((await member.get('/replies')).statusCode).toBe(403);
  });
});
