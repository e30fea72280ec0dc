// The coordinator's start page and organisation list count per poll and per organisation, not per row.
import { describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { aContact, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { aPoll } from '../helpers/poll-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();

describe('counts on overview pages', () => {
  it('shows how many of a poll’s contacts answered', async () => {
    aContact(ctx.deps.db, world.school.id, { name: 'Tweede contact' });
    aContact(ctx.deps.db, world.school.id, { name: 'Derde contact' });
    const poll = aPoll(ctx, world.coordinator.id);
    const participants = poll.links.size;
    expect(participants).toBeGreaterThan(2);
    const link = poll.links.get(world.schoolMember.id) ?? '';

    const voter = new Agent(ctx.app);
    await voter.get(link);
    const answered = await voter.post(
      link,
      Object.fromEntries(poll.options.map((option) => [`answer-${option.id}`, 'ja'])),
    );
    expect(answered.statusCode).toBe(302);

    const page = await sessionAgent(ctx, world.coordinator.id).get('/');
    expect(page.body).toContain(`1 van de ${participants} contactpersonen heeft geantwoord`);
  });

  it('counts the active contacts of each organisation in the organisation list', async () => {
    aContact(ctx.deps.db, world.school.id, { name: 'Tweede contact' });
    const page = await sessionAgent(ctx, world.coordinator.id).get('/organisations');
    expect(page.body).toMatch(/Testcollege<\/a>.*· 2 contactpersonen/);
    expect(page.body).toMatch(/Testpartner<\/a>.*· 1 contactpersoon</);
  });
});

describe('the next meeting on the start page', () => {
  it('invites a school to submit a topic and tells the coordinator what waits for triage', async () => {
    const meeting = aMeeting(ctx.deps.db, { date: '2026-04-14' });
    const school = sessionAgent(ctx, world.schoolMember.id);
    const before = await school.get('/');
    expect(before.body).toContain('Testcollege heeft nog geen agendapunten voor dit overleg.');
    expect(before.body).toContain('href="/topics/new"');

    const theme = aTheme(ctx.deps.db, { name: 'Vuurwerk' });
    await school.get('/topics/new');
    const submitted = await school.post('/topics', {
      meeting: String(meeting.id),
      themeId: String(theme.id),
      title: 'Vuurwerk rond de jaarwisseling',
      description: 'Meer meldingen van vuurwerkbezit in december.',
      desiredOutcome: 'bespreken',
      suggestedMinutes: '15',
    });
    expect(submitted.statusCode).toBe(302);
    expect((await school.get('/')).body).toContain('Testcollege heeft 1 agendapunt voor dit overleg.');
    expect((await sessionAgent(ctx, world.coordinator.id).get('/')).body).toContain(
      '1 agendapunt wacht op je beoordeling',
    );
  });

  it('counts a topic deferred to the meeting as awaiting triage, as the triage page and the topics overview do', async () => {
    const earlier = aMeeting(ctx.deps.db, { title: 'Ketenoverleg maart', date: '2026-03-10' });
    const meeting = aMeeting(ctx.deps.db, { title: 'Ketenoverleg april', date: '2026-04-14' });
    const theme = aTheme(ctx.deps.db, { name: 'Vuurwerk' });
    const topic = (title: string, meetingId: number) =>
      aTopic(ctx.deps.db, { organisationId: world.school.id, themeId: theme.id, meetingId, title });
    const deferred = topic('Uitgesteld in maart', earlier.id);
    topic('Nieuw voor april', meeting.id);
    const accepted = topic('Al op de agenda', meeting.id);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/topics`);
    expect((await coordinator.post(`/meetings/${meeting.id}/topics/${accepted.id}/accept`)).statusCode).toBe(
      302,
    );
    await coordinator.get(`/meetings/${earlier.id}/topics`);
    expect((await coordinator.post(`/meetings/${earlier.id}/topics/${deferred.id}/defer`)).statusCode).toBe(
      302,
    );
    // The March meeting is over: April is the next meeting, with one submitted and one deferred topic to decide on.
    ctx.clock.set('2026-03-11T09:00:00.000Z');
    const nextDay = sessionAgent(ctx, world.coordinator.id);

    const start = await nextDay.get('/');
    expect(start.body).toContain('Ketenoverleg april');
    expect(start.body).toContain('2 agendapunten wachten op je beoordeling');
    const triage = await nextDay.get(`/meetings/${meeting.id}/topics`);
    expect(triage.body).toMatch(/id="triage-open">Te beoordelen <span class="ko-count">\(2\)</);
    const overview = await nextDay.get('/topics');
    expect(overview.body).toContain('2 te beoordelen, 1 op de agenda');
  });
});
