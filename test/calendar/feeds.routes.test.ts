// Downloads and feeds through the real routes: who may download a meeting, the secret feed (ICAL.md 15), ETag and
// 304, replacing the link with a confirmation, and the feed section on the organisation page and the dashboard.
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { aContact, anOrganisation } from '../helpers/builders.js';
import { loggedInAgent, sessionAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = await loggedInAgent(ctx, world.coordinator.id);
});

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const feedUrlOn = (html: string) =>
  /id="feed-url" type="text" readonly value="http:\/\/localhost:3000(\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/.exec(
    html,
  )?.[1];

/** The coordinator makes the organisation's feed link on its page and reads it back from there. */
async function makeFeed(organisationId: number): Promise<string> {
  await coordinator.get(`/organisations/${organisationId}`);
  const made = await coordinator.post(`/organisations/${organisationId}/feed`);
  expect(made.statusCode).toBe(302);
  const page = await coordinator.get(`/organisations/${organisationId}`);
  const path = feedUrlOn(page.body);
  if (!path) throw new Error('no feed link on the organisation page');
  return path;
}

describe('GET /meetings/:id/invite.ics', () => {
  it('gives a participant the meeting as METHOD:PUBLISH with the invite’s UID and no attendees', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const member = sessionAgent(ctx, world.schoolMember.id);
    const response = await member.get(`/meetings/${meeting.id}/invite.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ketenoverleg-2026-04-14.ics"',
    );
    const calendar = parse(response.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(event.getFirstPropertyValue('uid')).toBe(`meeting-${meeting.id}@localhost`);
    expect(event.getFirstPropertyValue('summary')).toBe('Ketenoverleg Veilige School – april 2026');
    expect(response.body).not.toMatch(/^ATTENDEE/m);
    expect(response.body).toContain('DTSTART;TZID=Europe/Amsterdam:20260414T150000\r\n');
  });

  it('is there for the coordinator, also for a concept', async () => {
    const concept = aMeeting(ctx.deps.db, { status: 'concept' });
    expect((await coordinator.get(`/meetings/${concept.id}/invite.ics`)).statusCode).toBe(200);
    expect(
      (await sessionAgent(ctx, world.schoolMember.id).get(`/meetings/${concept.id}/invite.ics`)).statusCode,
    ).toBe(404);
  });

  it('is not found for a partner that is not invited, and found once it is', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const partner = sessionAgent(ctx, world.partnerMember.id);
    const refused = await partner.get(`/meetings/${meeting.id}/invite.ics`);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain('BEGIN:VCALENDAR');
    anInvitation(ctx.deps.db, meeting.id, world.partnerMember.id);
    expect((await partner.get(`/meetings/${meeting.id}/invite.ics`)).statusCode).toBe(200);
  });

  it('sends an anonymous visitor to the login page', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const response = await ctx.app.inject({ method: 'GET', url: `/meetings/${meeting.id}/invite.ics` });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(
      `/login?next=${encodeURIComponent(`/meetings/${meeting.id}/invite.ics`)}`,
    );
  });

  it('is linked from the meeting page as “Zet in je agenda (.ics)”', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const page = await sessionAgent(ctx, world.schoolMember.id).get(`/meetings/${meeting.id}`);
    expect(page.body).toContain(`href="/meetings/${meeting.id}/invite.ics"`);
    expect(page.body).toContain('Zet in je agenda (.ics)');
  });
});

describe('the organisation feed', () => {
  it('publishes the organisation’s meetings, a cancelled one as CANCELLED, without attendees (15)', async () => {
    const planned = aMeeting(ctx.deps.db);
    const cancelled = aMeeting(ctx.deps.db, { date: '2026-10-06', status: 'geannuleerd' });
    aMeeting(ctx.deps.db, { date: '2026-11-10', status: 'concept' });
    const path = await makeFeed(world.school.id);

    const response = await ctx.app.inject({ method: 'GET', url: path });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parse(response.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(response.body).toContain('X-WR-CALNAME:Ketenoverleg – Testcollege\r\n');
    expect(response.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(response.body).not.toMatch(/^ATTENDEE/m);
    const events = calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: event.getFirstPropertyValue('uid'),
      status: event.getFirstPropertyValue('status'),
    }));
    expect(events).toEqual([
      { uid: `meeting-${planned.id}@localhost`, status: 'CONFIRMED' },
      { uid: `meeting-${cancelled.id}@localhost`, status: 'CANCELLED' },
    ]);
  });

  it('gives an optional partner only the meetings it is invited to', async () => {
    const meeting = aMeeting(ctx.deps.db);
    aMeeting(ctx.deps.db, { date: '2026-10-06' });
    anInvitation(ctx.deps.db, meeting.id, world.partnerMember.id);
    const path = await makeFeed(world.partner.id);
    const body = (await ctx.app.inject({ method: 'GET', url: path })).body;
    expect(
      parse(body)
        .getAllSubcomponents('vevent')
        .map((event) => event.getFirstPropertyValue('uid')),
    ).toEqual([`meeting-${meeting.id}@localhost`]);
  });

  it('answers 304 to a client that has this version, and a new ETag after a change', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const path = await makeFeed(world.school.id);
    const first = await ctx.app.inject({ method: 'GET', url: path });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const again = await ctx.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    ctx.deps.db.$client
      .prepare('update meetings set location = ?, sequence = 1, updated_at = ? where id = ?')
      .run('Raadzaal', '2026-03-03T10:00:00.000Z', meeting.id);
    const changed = await ctx.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('LOCATION:Raadzaal\r\n');
  });

  it('gives a new ETag when what the feed shows changes while the meeting row stays the same', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const path = await makeFeed(world.partner.id);
    const get = (etag: string) =>
      ctx.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': etag } });
    const first = await ctx.app.inject({ method: 'GET', url: path });
    expect(first.body).not.toContain(`meeting-${meeting.id}@localhost`);
    expect((await get(first.headers.etag as string)).statusCode).toBe(304);

    // The optional partner is invited: the meeting now belongs in its feed.
    anInvitation(ctx.deps.db, meeting.id, world.partnerMember.id);
    const invited = await get(first.headers.etag as string);
    expect(invited.statusCode).toBe(200);
    expect(invited.body).toContain(`meeting-${meeting.id}@localhost`);
    expect((await get(invited.headers.etag as string)).statusCode).toBe(304);

    // The organisation is renamed: the calendar's name follows.
    ctx.deps.db.$client
      .prepare('update organisations set name = ? where id = ?')
      .run('Jeugdpartner Noord', world.partner.id);
    const renamed = await get(invited.headers.etag as string);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.body).toContain('X-WR-CALNAME:Ketenoverleg – Jeugdpartner Noord\r\n');
    expect(renamed.headers.etag).not.toBe(invited.headers.etag);
  });

  it('stores only a hash of the token', async () => {
    const path = await makeFeed(world.school.id);
    const token = /\/calendar\/(.+)\.ics$/.exec(path)?.[1] as string;
    const rows = sql<{ token_hash: string }>('select token_hash from feed_tokens');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('is not found for an unknown or malformed token', async () => {
    aMeeting(ctx.deps.db);
    const unknown = await ctx.app.inject({ method: 'GET', url: `/calendar/${'a'.repeat(43)}.ics` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain('BEGIN:VCALENDAR');
    expect((await ctx.app.inject({ method: 'GET', url: '/calendar/kort.ics' })).statusCode).toBe(404);
  });

  it('is rate limited like the other token links', async () => {
    const path = await makeFeed(world.school.id);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1)
      statuses.push((await ctx.app.inject({ method: 'GET', url: path })).statusCode);
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});

describe('the feed section and replacing the link', () => {
  it('shows the coordinator the link with instructions for Outlook and Google on the organisation page', async () => {
    const before = await coordinator.get(`/organisations/${world.school.id}`);
    expect(before.body).toContain(
      '<h2 class="utrecht-heading-2" id="feed-title">Overleggen in je eigen agenda</h2>',
    );
    expect(before.body).toContain('Er is nog geen agendalink voor Testcollege.');
    expect(before.body).toContain(`action="/organisations/${world.school.id}/feed"`);
    const made = await coordinator.post(`/organisations/${world.school.id}/feed`);
    expect(made.headers.location).toBe(`/organisations/${world.school.id}#feed-title`);

    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toContain('De agendalink is gemaakt.');
    expect(page.body).toContain(
      '<label class="utrecht-form-label" for="feed-url">Agendalink van Testcollege</label>',
    );
    expect(feedUrlOn(page.body)).toBeDefined();
    expect(page.body).toContain('Abonneren via internet');
    expect(page.body).toContain('Via URL');
    expect(page.body).toContain(`href="/organisations/${world.school.id}/feed/replace"`);
    expect(sql('select actor_contact_id, action, entity, entity_id from audit_log')).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'create-feed-token',
        entity: 'organisation',
        entity_id: world.school.id,
      },
    ]);
  });

  it('replaces the link after a confirmation: the old one stops working, the new one works, and it is logged', async () => {
    aMeeting(ctx.deps.db);
    const oldPath = await makeFeed(world.school.id);

    const confirm = await coordinator.get(`/organisations/${world.school.id}/feed/replace`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Weet je zeker dat je de agendalink van Testcollege wilt vervangen?');
    expect(confirm.body).toContain('De oude link werkt meteen niet meer.');
    expect(confirm.body).toContain(`action="/organisations/${world.school.id}/feed"`);

    const done = await coordinator.post(`/organisations/${world.school.id}/feed`);
    expect(done.statusCode).toBe(302);
    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toContain('De agendalink is vervangen. De oude link werkt niet meer.');
    const newPath = feedUrlOn(page.body) as string;
    expect(newPath).not.toBe(oldPath);
    expect((await ctx.app.inject({ method: 'GET', url: oldPath })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: newPath })).statusCode).toBe(200);
    expect(sql('select action from audit_log order by id')).toEqual([
      { action: 'create-feed-token' },
      { action: 'replace-feed-token' },
    ]);
  });

  it('refuses a replacement without the form’s CSRF token', async () => {
    await makeFeed(world.school.id);
    const refused = await coordinator.post(`/organisations/${world.school.id}/feed`, { _csrf: null });
    expect(refused.statusCode).toBe(403);
    expect(sql('select count(*) as n from feed_tokens')).toEqual([{ n: 1 }]);
  });

  it('gives a member their own organisation’s link on the dashboard, and lets them replace it', async () => {
    const member = await loggedInAgent(ctx, world.schoolMember.id);
    const dashboard = await member.get('/');
    expect(dashboard.body).toContain('Er is nog geen agendalink voor Testcollege.');
    await member.post('/calendar/feed');
    const withLink = await member.get('/');
    const path = feedUrlOn(withLink.body) as string;
    expect(path).toBeDefined();
    expect(withLink.body).toContain('href="/calendar/replace"');
    // The same link the coordinator sees for this organisation.
    expect(feedUrlOn((await coordinator.get(`/organisations/${world.school.id}`)).body)).toBe(path);

    const confirm = await member.get('/calendar/replace');
    expect(confirm.body).toContain('Weet je zeker dat je de agendalink van Testcollege wilt vervangen?');
    await member.post('/calendar/feed');
    expect(feedUrlOn((await member.get('/')).body)).not.toBe(path);
    expect(
      sql('select organisation_id, revoked_at is not null as revoked from feed_tokens order by id'),
    ).toEqual([
      { organisation_id: world.school.id, revoked: 1 },
      { organisation_id: world.school.id, revoked: 0 },
    ]);
  });

  it('does not show the coordinator a feed section on the dashboard', async () => {
    const dashboard = await coordinator.get('/');
    expect(dashboard.body).not.toContain('id="feed-title"');
  });

  it('keeps a second organisation’s link apart', async () => {
    const other = anOrganisation(ctx.deps.db, { name: 'Andere school' });
    aContact(ctx.deps.db, other.id);
    const school = await makeFeed(world.school.id);
    const second = await makeFeed(other.id);
    expect(second).not.toBe(school);
    expect((await ctx.app.inject({ method: 'GET', url: second })).body).toContain(
      'X-WR-CALNAME:Ketenoverleg – Andere school',
    );
  });
});
