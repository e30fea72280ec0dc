// recordAnswer on a real database: the RSVP page and calendar replies feed one status, and the newest answer wins.
import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/invitations/invitations.actions.js';
import { actionContext } from '../helpers/action-context.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();

const invitationOf = (contactId: number) =>
  sql<{
    id: number;
    rsvp: string;
    rsvp_at: string | null;
    rsvp_source: string | null;
    rsvp_comment: string | null;
  }>(
    'select id, rsvp, rsvp_at, rsvp_source, rsvp_comment from invitations where contact_id = ?',
    contactId,
  )[0];

describe('recordAnswer', () => {
  it('applies a web answer, then a newer calendar reply, and ignores an older one', () => {
    const meeting = aMeeting(ctx.deps.db);
    anInvitation(ctx.deps.db, meeting.id, world.partnerMember.id, { sentSequence: 0 });
    const invitationId = invitationOf(world.partnerMember.id)?.id ?? 0;
    const action = actionContext(ctx, null);

    expect(
      recordAnswer(ctx.deps.db, action, {
        invitationId,
        rsvp: 'misschien',
        answeredAt: '2026-03-03T10:00:00.000Z',
        source: 'web',
        comment: 'Ik probeer mijn afspraak te verzetten.',
      }),
    ).toBe('applied');
    expect(invitationOf(world.partnerMember.id)).toMatchObject({
      rsvp: 'misschien',
      rsvp_source: 'web',
      rsvp_at: '2026-03-03T10:00:00.000Z',
      rsvp_comment: 'Ik probeer mijn afspraak te verzetten.',
    });

    expect(
      recordAnswer(ctx.deps.db, action, {
        invitationId,
        rsvp: 'ja',
        answeredAt: '2026-03-04T08:00:00Z',
        source: 'calendar',
      }),
    ).toBe('applied');
    expect(
      recordAnswer(ctx.deps.db, action, {
        invitationId,
        rsvp: 'nee',
        answeredAt: '2026-03-03T23:00:00Z',
        source: 'calendar',
      }),
    ).toBe('older');
    expect(invitationOf(world.partnerMember.id)).toMatchObject({
      rsvp: 'ja',
      rsvp_source: 'calendar',
      rsvp_at: '2026-03-04T08:00:00.000Z',
      // A calendar reply carries no comment and leaves the web comment alone.
      rsvp_comment: 'Ik probeer mijn afspraak te verzetten.',
    });
  });

  it('says so for an invitation that does not exist', () => {
    expect(
      recordAnswer(ctx.deps.db, actionContext(ctx, null), {
        invitationId: 999,
        rsvp: 'ja',
        answeredAt: '2026-03-04T08:00:00Z',
        source: 'calendar',
      }),
    ).toBe('unknown');
  });
});
