// The coordinator's start page and organisation list count per poll and per organisation, not per row.
import { describe, expect, it } from 'vitest';
import { startPoll } from '../../src/polls/polls.actions.js';
import { validatePoll } from '../../src/polls/polls.js';
import { Agent } from '../helpers/agent.js';
import { aContact, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();

describe('counts on overview pages', () => {
  it('shows how many of a poll’s contacts answered', async () => {
    aContact(ctx.deps.db, world.school.id, { name: 'Tweede contact' });
    aContact(ctx.deps.db, world.school.id, { name: 'Derde contact' });
    const poll = validatePoll(
      { title: 'Ketenoverleg april 2026', closesOn: '2026-03-16', startTime: '15:00', endTime: '17:00' },
      ['2026-04-07', '2026-04-08', '2026-04-09'],
      ctx.clock.now(),
    );
    if (!poll.ok) throw new Error('invalid poll');
    const tokens: string[] = [];
    const newToken = () => {
      tokens.push(`dashboard-poll-token-${tokens.length}`);
      return tokens.at(-1) ?? '';
    };
    const { id } = ctx.deps.db.transaction((tx) =>
      startPoll(
        tx,
        ctx.config,
        { newToken },
        poll.value,
        { contactId: world.coordinator.id },
        ctx.clock.now(),
      ),
    );
    const participants = (
      ctx.deps.db.$client
        .prepare('select count(*) as n from date_poll_participants where poll_id = ?')
        .get(id) as {
        n: number;
      }
    ).n;
    expect(participants).toBeGreaterThan(2);

    const options = ctx.deps.db.$client
      .prepare('select id from date_poll_options where poll_id = ? order by starts_at')
      .all(id) as { id: number }[];
    const voter = new Agent(ctx.app);
    await voter.get(`/poll/${tokens[0]}`);
    const answered = await voter.post(
      `/poll/${tokens[0]}`,
      Object.fromEntries(options.map((option) => [`answer-${option.id}`, 'ja'])),
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
      '1 nieuw agendapunt wacht op je beoordeling',
    );
  });
});
