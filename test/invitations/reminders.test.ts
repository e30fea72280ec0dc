// The "kom je?" reminder: once, RSVP_REMINDER_DAYS before the meeting, to invitees who have not answered.
import { describe, expect, it } from 'vitest';
import { sendInvitations } from '../../src/invitations/invitations.actions.js';
import { runHousekeeping } from '../../src/jobs/housekeeping.js';
import { actionContext } from '../helpers/action-context.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';
import { deliverAndRead } from './mail-reader.js';

const { ctx, world, sql } = useTestApp({ env: { RSVP_REMINDER_DAYS: '5' } });

describe('the RSVP reminder', () => {
  it('reminds invitees without an answer once, from five days before the meeting, without a calendar part', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const action = actionContext(ctx, { contactId: world.coordinator.id });
    sendInvitations(ctx.deps.db, action, {
      meetingId: meeting.id,
      contactIds: [world.schoolMember.id, world.partnerMember.id],
    });
    await deliverAndRead(ctx);
    ctx.deps.db.$client
      .prepare("update invitations set rsvp = 'ja', rsvp_at = ? where contact_id = ?")
      .run('2026-03-03T09:00:00.000Z', world.partnerMember.id);

    // Tuesday 14 April 15:00 Amsterdam is 13:00 UTC; five days before is 9 April 13:00 UTC.
    ctx.clock.set('2026-04-09T12:59:00.000Z');
    expect(runHousekeeping(ctx.deps, ctx.config).rsvpReminders).toBe(0);
    ctx.clock.set('2026-04-09T13:00:00.000Z');
    expect(runHousekeeping(ctx.deps, ctx.config).rsvpReminders).toBe(1);
    expect(runHousekeeping(ctx.deps, ctx.config).rsvpReminders).toBe(0);

    const mails = await deliverAndRead(ctx);
    expect(mails.map((mail) => mail.to)).toEqual(['zorg@testcollege.example']);
    const [reminder] = mails;
    expect(reminder?.mail.subject).toBe(
      'Kom je? Ketenoverleg Veilige School – april 2026, dinsdag 14 april 2026, 15:00–17:00',
    );
    expect(reminder?.mimeMethod).toBeNull();
    expect(reminder?.mail.text).toContain('Testcollege — school, altijd uitgenodigd');
    expect(reminder?.mail.text).toMatch(/Ik kom: http:\/\/localhost:\d+\/rsvp\/[A-Za-z0-9_-]+\?antwoord=ja/);
    expect(
      sql('select reminder_sent_at from invitations where contact_id = ?', world.schoolMember.id),
    ).toEqual([{ reminder_sent_at: '2026-04-09T13:00:00.000Z' }]);
  });

  it('sends no reminders when RSVP_REMINDER_DAYS is 0', async () => {
    const meeting = aMeeting(ctx.deps.db);
    sendInvitations(ctx.deps.db, actionContext(ctx, null), {
      meetingId: meeting.id,
      contactIds: [world.schoolMember.id],
    });
    ctx.clock.set('2026-04-13T13:00:00.000Z');
    const config = { ...ctx.config, rsvpReminderDays: 0 };
    expect(runHousekeeping(ctx.deps, config).rsvpReminders).toBe(0);
  });
});
