// `npm run cli -- demo` then `send-outbox`, as a newcomer runs them: the upcoming meeting's invitations end up as
// .eml files in DATA_DIR/mail that mailparser and ical.js read, and the invitations have a mix of answers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
let dataDir = '';

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('cli demo and send-outbox', () => {
  it('leaves invitation .eml files with a REQUEST calendar, and invitations with a mix of answers', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketenoverleg-demo-'));
    // A clean environment: vitest sets BASE_URL for itself, and no SMTP_URL means .eml files.
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    };
    await run(tsx, [cli, 'demo'], { env });
    await run(tsx, [cli, 'send-outbox'], { env });

    const dir = join(dataDir, 'mail');
    const invites = [];
    for (const file of readdirSync(dir)) {
      const raw = readFileSync(join(dir, file), 'utf8');
      if (!/text\/calendar; ?charset=utf-8; ?method=REQUEST|method=REQUEST/i.test(raw)) continue;
      const mail = await simpleParser(raw);
      const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(part?.content.toString('utf8') ?? ''));
      invites.push({ mail, calendar, event: calendar.getFirstSubcomponent('vevent') });
    }
    expect(invites.length).toBeGreaterThanOrEqual(10);
    for (const invite of invites) {
      expect(invite.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(String(invite.event?.getFirstPropertyValue('uid'))).toMatch(/^meeting-\d+@localhost$/);
      expect(invite.mail.subject).toMatch(/^Uitnodiging: /);
      expect(invite.mail.text).toContain('Waarom jij?');
    }
    const brijder = invites.find(
      (invite) =>
        invite.mail.text?.includes('preventie@brijder.example') ||
        (invite.mail.to && JSON.stringify(invite.mail.to).includes('preventie@brijder.example')),
    );
    expect(brijder?.mail.text).toContain(
      'Brijder — vanwege agendapunt ‘Vapes in de onderbouw’, thema Roken en vapes',
    );

    const db = new Database(join(dataDir, 'ketenoverleg.db'), { readonly: true });
    try {
      const rows = db
        .prepare(
          `select c.email, i.rsvp, i.rsvp_source, i.reason, i.delegated_from_id from invitations i
           join contacts c on c.id = i.contact_id join meetings m on m.id = i.meeting_id
           where m.status = 'gepland'`,
        )
        .all() as {
        email: string;
        rsvp: string;
        rsvp_source: string | null;
        reason: string;
        delegated_from_id: number | null;
      }[];
      const byEmail = new Map(rows.map((row) => [row.email, row]));
      expect(byEmail.get('halt@halt.example')).toMatchObject({ rsvp: 'ja', rsvp_source: 'calendar' });
      expect(byEmail.get('jeugdagent@politie.example')).toMatchObject({ rsvp: 'ja', rsvp_source: 'web' });
      expect(byEmail.get('preventie@brijder.example')).toMatchObject({ rsvp: 'misschien', reason: 'theme' });
      expect(byEmail.get('lotte.smit@met.example')).toMatchObject({ reason: 'delegate' });
      expect(rows.some((row) => row.rsvp === 'geen-reactie')).toBe(true);
      // The held meetings have their past: invitations with answers and the presence the coordinator recorded.
      const history = db
        .prepare(
          `select m.id, count(distinct i.id) as invited, count(distinct p.organisation_id) as listed
           from meetings m join invitations i on i.meeting_id = m.id
           join meeting_presence p on p.meeting_id = m.id where m.status = 'gehouden' group by m.id`,
        )
        .all() as { invited: number; listed: number }[];
      expect(history).toHaveLength(2);
      expect(history.every((meeting) => meeting.invited > 5 && meeting.listed > 5)).toBe(true);
    } finally {
      db.close();
    }
    // Two tsx processes on a busy machine take their time.
  }, 120_000);
});
