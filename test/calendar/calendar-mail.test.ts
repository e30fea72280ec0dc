// Calendar mail through the outbox and the .eml transport, read back with mailparser and ical.js (ICAL.md 1–4, 10).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueCalendarMail } from '../../src/calendar/calendar.mail.js';
import { createEmlTransport } from '../../src/mail/transports.js';
import { deliverDue } from '../../src/mail/worker.js';
import { createMeetingsRepository, type Meeting } from '../../src/meetings/meetings.repository.js';
import { aWorld } from '../helpers/builders.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { buildTestApp, type TestContext, testClock } from '../helpers/test-app.js';

describe('calendar mail', () => {
  let ctx: TestContext;
  let world: ReturnType<typeof aWorld>;
  let meeting: Meeting;

  beforeEach(async () => {
    const clock = testClock();
    const dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-ical-'));
    ctx = await buildTestApp({
      dataDir,
      clock,
      mailTransport: createEmlTransport(join(dataDir, 'mail'), clock.now),
    });
    world = aWorld(ctx.deps.db);
    const { id } = aMeeting(ctx.deps.db);
    meeting = createMeetingsRepository(ctx.deps.db).find(id) as Meeting;
  });
  afterEach(async () => {
    await ctx.close();
    rmSync(ctx.dataDir, { recursive: true, force: true });
  });

  function enqueue(method: 'REQUEST' | 'CANCEL', to = world.schoolMember, optional = false) {
    ctx.deps.db.transaction((tx) =>
      enqueueCalendarMail(
        tx,
        { config: ctx.config, now: ctx.deps.now() },
        {
          method,
          meeting,
          to: { name: to.name, email: to.email, optional },
          template: 'login',
          data: { link: `${ctx.config.baseUrl}/rsvp/x`, minutes: 15 },
          purpose: `test:${method}`,
        },
      ),
    );
  }

  /** Delivers the outbox to .eml files and parses each written file as a mail client would. */
  async function deliveredMail(): Promise<{ raw: string; mail: ParsedMail }[]> {
    await deliverDue(ctx.deps, ctx.config);
    return Promise.all(
      readdirSync(ctx.config.mailDir)
        .sort()
        .map(async (file) => {
          const raw = readFileSync(join(ctx.config.mailDir, file), 'utf8');
          return { raw, mail: await simpleParser(raw) };
        }),
    );
  }

  const calendarParts = (mail: ParsedMail) =>
    mail.attachments.filter((part) => part.contentType === 'text/calendar');

  for (const method of ['REQUEST', 'CANCEL'] as const) {
    it(`sends a ${method} with one text/calendar part whose method= is the calendar's METHOD (1, 2)`, async () => {
      enqueue(method);
      const [delivered] = await deliveredMail();
      if (!delivered) throw new Error('no mail written');
      const { raw, mail } = delivered;
      // multipart/mixed → multipart/alternative (text, html, text/calendar) + the invite.ics attachment.
      expect(raw).toMatch(/^Content-Type: multipart\/mixed;/m);
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
      expect(raw.match(/^Content-Type: text\/calendar.*$/gm)).toEqual([
        `Content-Type: text/calendar; charset=utf-8; method=${method}`,
      ]);
      expect(raw).toMatch(/^Content-Disposition: attachment; filename=invite\.ics/m);
      const parts = calendarParts(mail);
      expect(parts).toHaveLength(1);
      const part = parts[0];
      expect(part?.contentType).toBe('text/calendar');
      const calendars = (part?.content.toString('utf8') ?? '').match(/BEGIN:VCALENDAR/g);
      expect(calendars).toHaveLength(1);
      const calendar = new ICAL.Component(ICAL.parse(part?.content.toString('utf8') ?? ''));
      expect(calendar.getFirstPropertyValue('method')).toBe(method);
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
      expect(mail.text).toContain('http://localhost:3000/rsvp/x');
    });
  }

  it('has From = ORGANIZER = MAIL_FROM, and the recipient as the one attendee (3, 4)', async () => {
    enqueue('REQUEST', world.partnerMember, true);
    const [delivered] = await deliveredMail();
    const mail = delivered?.mail as ParsedMail;
    expect(mail.from?.value[0]?.address).toBe(ctx.config.mailFrom);
    const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0];
    expect(to).toEqual({ address: 'medewerker@partner.example', name: 'Piet Partner' });
    const event = new ICAL.Component(
      ICAL.parse(calendarParts(mail)[0]?.content.toString('utf8') ?? ''),
    ).getFirstSubcomponent('vevent') as ICAL.Component;
    expect(event.getFirstPropertyValue('organizer')).toBe(`mailto:${ctx.config.mailFrom}`);
    const attendees = event.getAllProperties('attendee');
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0]?.getFirstValue()).toLowerCase()).toBe('mailto:medewerker@partner.example');
    expect(attendees[0]?.getParameter('cn')).toBe('Piet Partner');
    expect(attendees[0]?.getParameter('role')).toBe('OPT-PARTICIPANT');
    expect(event.getFirstPropertyValue('uid')).toBe(`meeting-${meeting.id}@localhost`);
  });

  it('sends a CANCEL with STATUS:CANCELLED and the stored SEQUENCE, without a reminder (10)', async () => {
    ctx.deps.db.$client
      .prepare('update meetings set status = ?, sequence = 1 where id = ?')
      .run('geannuleerd', meeting.id);
    meeting = createMeetingsRepository(ctx.deps.db).find(meeting.id) as Meeting;
    enqueue('CANCEL');
    const [delivered] = await deliveredMail();
    const ics = calendarParts(delivered?.mail as ParsedMail)[0]?.content.toString('utf8') ?? '';
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') as ICAL.Component;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('never sends a calendar whose METHOD differs from the mail’s method (1)', async () => {
    enqueue('REQUEST');
    ctx.deps.db.$client.prepare("update outbox set ical_method = 'PUBLISH'").run();
    expect(await deliverDue(ctx.deps, ctx.config)).toEqual({ sent: 0, failed: 1 });
    expect(existsSync(ctx.config.mailDir)).toBe(false);
    expect(ctx.deps.db.$client.prepare('select status, last_error from outbox').get()).toEqual({
      status: 'pending',
      last_error: "Calendar METHOD does not match the mail's method PUBLISH",
    });
  });
});
