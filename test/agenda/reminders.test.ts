// The deadline reminder: schools that submitted nothing get one mail, a configurable number of days before the deadline.
import { beforeEach, describe, expect, it } from 'vitest';
import { sendDueReminders } from '../../src/agenda/agenda.mail.js';
import { runHousekeeping } from '../../src/jobs/housekeeping.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

// The world's school (Testcollege) submits nothing; its partner is no school and is never reminded.
const { ctx } = useTestApp({ start: '2026-03-20T09:00:00.000Z', env: { TOPIC_REMINDER_DAYS: '5' } });
let meeting: ReturnType<typeof aMeeting>;

beforeEach(() => {
  // Deadline: Tuesday 31 March 2026 00:00 in Amsterdam; reminders 5 days before.
  meeting = aMeeting(ctx.deps.db, { topicDeadline: '2026-03-30T22:00:00.000Z' });
  const busySchool = anOrganisation(ctx.deps.db, { name: 'Polderlicht College' });
  aContact(ctx.deps.db, busySchool.id, { email: 'zorg@polderlicht.example' });
  aTopic(ctx.deps.db, {
    organisationId: busySchool.id,
    themeId: aTheme(ctx.deps.db).id,
    meetingId: meeting.id,
  });
  const quietSchool = anOrganisation(ctx.deps.db, { name: 'Mavo De Tuinder' });
  aContact(ctx.deps.db, quietSchool.id, { email: 'directie@tuinder.example' });
  aContact(ctx.deps.db, quietSchool.id, { email: 'stil@tuinder.example', receivesInvitations: false });
});

const outbox = () =>
  ctx.deps.db.$client
    .prepare('select to_address, subject, text, purpose from outbox order by to_address')
    .all() as {
    to_address: string;
    subject: string;
    text: string;
    purpose: string;
  }[];

describe('topic reminders', () => {
  it('sends nothing before the reminder window', () => {
    ctx.clock.set('2026-03-25T21:59:00.000Z');
    expect(sendDueReminders(ctx.deps, ctx.config)).toEqual({ reminders: 0 });
    expect(outbox()).toHaveLength(0);
  });

  it('reminds the contacts of schools without topics once, and only once', () => {
    ctx.clock.set('2026-03-26T08:00:00.000Z');
    expect(sendDueReminders(ctx.deps, ctx.config)).toEqual({ reminders: 2 });
    expect(outbox().map((mail) => mail.to_address)).toEqual([
      'directie@tuinder.example',
      'zorg@testcollege.example',
    ]);
    const mail = outbox()[0];
    expect(mail?.subject).toBe('Herinnering: agendapunten indienen voor het ketenoverleg');
    expect(mail?.text).toContain(
      'heeft Mavo De Tuinder nog geen agendapunten ingediend. Dat kan tot dinsdag 31 maart 2026, 00:00.',
    );
    expect(mail?.purpose).toBe(`topic-reminder:${meeting.id}`);
    const sent = ctx.deps.db.$client
      .prepare('select reminder_sent_at from meetings where id = ?')
      .get(meeting.id);
    expect(sent).toEqual({ reminder_sent_at: '2026-03-26T08:00:00.000Z' });

    ctx.clock.advance(3_600_000);
    expect(sendDueReminders(ctx.deps, ctx.config)).toEqual({ reminders: 0 });
    expect(outbox()).toHaveLength(2);
  });

  it('runs as part of the hourly housekeeping', () => {
    ctx.clock.set('2026-03-27T08:00:00.000Z');
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ reminders: 2 });
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ reminders: 0 });
    expect(outbox()).toHaveLength(2);
  });

  it('does not remind after the deadline or for a concept meeting', () => {
    ctx.clock.set('2026-03-31T08:00:00.000Z');
    expect(sendDueReminders(ctx.deps, ctx.config)).toEqual({ reminders: 0 });
    ctx.deps.db.$client.prepare("update meetings set status = 'concept'").run();
    ctx.clock.set('2026-03-27T08:00:00.000Z');
    expect(sendDueReminders(ctx.deps, ctx.config)).toEqual({ reminders: 0 });
    expect(outbox()).toHaveLength(0);
  });
});
