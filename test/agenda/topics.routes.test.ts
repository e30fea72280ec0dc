// Members submit, edit and withdraw their organisation's topics until the deadline, and never touch another's.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp({ start: '2026-03-02T09:00:00.000Z' });
let theme: ReturnType<typeof aTheme>;
let meeting: ReturnType<typeof aMeeting>;

beforeEach(() => {
  theme = aTheme(ctx.deps.db, { name: 'Roken en vapes' });
  // Topics until Tuesday 31 March 2026 00:00 in Amsterdam.
  meeting = aMeeting(ctx.deps.db, {
    title: 'Ketenoverleg voorjaar 2026',
    topicDeadline: '2026-03-30T22:00:00.000Z',
  });
});

const topicRows = () =>
  ctx.deps.db.$client.prepare('select * from topics order by id').all() as {
    id: number;
    meeting_id: number | null;
    organisation_id: number;
    title: string;
    description: string;
    suggested_minutes: number;
    submitted_by: number;
    status: string;
  }[];

const form = (overrides: Record<string, string> = {}) => ({
  meeting: String(meeting.id),
  themeId: String(theme.id),
  title: 'Vapes in de onderbouw',
  description: 'Sinds de herfstvakantie zien we meer vapes in de brugklas, vooral rond het fietsenhok.',
  desiredOutcome: 'bespreken',
  suggestedMinutes: '20',
  ...overrides,
});

describe('submitting a topic', () => {
  it('offers the upcoming meeting with its deadline and stores the topic for the organisation', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const page = await agent.get('/topics/new');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'Het overleg van dinsdag 14 april 2026, 15:00–17:00 (indienen tot dinsdag 31 maart 2026, 00:00)',
    );
    expect(page.body).toContain(
      '<legend class="utrecht-form-fieldset__legend">Wat wil je met dit agendapunt bereiken?</legend>',
    );
    expect(page.body).toContain('Roken en vapes');
    // The minutes field states the bounds the validation applies.
    expect(page.body).toMatch(/name="suggestedMinutes" type="number"[^>]* min="5" max="90">/);
    expect(page.body).toContain('Tussen 5 en 90 minuten. De coördinator bepaalt de uiteindelijke tijd.');

    const saved = await agent.post('/topics', form());
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe('/topics');
    expect(topicRows()).toMatchObject([
      {
        meeting_id: meeting.id,
        organisation_id: world.school.id,
        submitted_by: world.schoolMember.id,
        title: 'Vapes in de onderbouw',
        suggested_minutes: 20,
        status: 'ingediend',
      },
    ]);

    const list = await agent.get('/topics');
    expect(list.body).toContain('Agendapunten van Testcollege');
    expect(list.body).toContain('Overleg van dinsdag 14 april 2026, 15:00–17:00');
    expect(list.body).toContain('Vapes in de onderbouw');
    expect(list.body).toContain('Status: ingediend');
    expect(list.body).toContain('Je agendapunt “Vapes in de onderbouw” is ingediend.');
    expect(list.body).toContain(`href="/topics/${topicRows()[0]?.id}/edit"`);
  });

  it('stores a topic for a later meeting without a meeting', async () => {
    const agent = sessionAgent(ctx, world.partnerMember.id);
    await agent.get('/topics/new');
    expect((await agent.post('/topics', form({ meeting: 'later' }))).statusCode).toBe(302);
    expect(topicRows()).toMatchObject([{ meeting_id: null, organisation_id: world.partner.id }]);
    expect((await agent.get('/topics')).body).toContain('Voor een later overleg');
  });

  it('stores a topic once when the form is sent twice (a double click, or resent after the back button)', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const first = await agent.post('/topics', form());
    const again = await agent.post('/topics', form());
    expect(first.statusCode).toBe(302);
    expect(again.statusCode).toBe(302);
    expect(again.headers.location).toBe('/topics');
    expect(topicRows()).toHaveLength(1);
    expect((await agent.get('/topics')).body).toContain(
      'Je agendapunt “Vapes in de onderbouw” is ingediend.',
    );

    // Another topic, the same text for a later meeting, or another school's identical topic are stored.
    expect((await agent.post('/topics', form({ title: 'Vapes in de bovenbouw' }))).statusCode).toBe(302);
    expect((await agent.post('/topics', form({ meeting: 'later' }))).statusCode).toBe(302);
    const other = sessionAgent(ctx, aContact(ctx.deps.db, anOrganisation(ctx.deps.db).id).id);
    await other.get('/topics/new');
    expect((await other.post('/topics', form())).statusCode).toBe(302);
    expect(topicRows().map((row) => [row.title, row.meeting_id])).toEqual([
      ['Vapes in de onderbouw', meeting.id],
      ['Vapes in de bovenbouw', meeting.id],
      ['Vapes in de onderbouw', null],
      ['Vapes in de onderbouw', meeting.id],
    ]);
  });

  it('shows the form again with the input kept and a message per field', async () => {
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const response = await agent.post(
      '/topics',
      form({ title: '', desiredOutcome: '', suggestedMinutes: '300' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Geef het agendapunt een titel.');
    expect(response.body).toContain('Kies wat je met dit agendapunt wilt bereiken.');
    expect(response.body).toContain('Vul een aantal minuten in tussen 5 en 90.');
    expect(response.body).toContain('href="#field-title"');
    expect(response.body).toContain('Sinds de herfstvakantie zien we meer vapes in de brugklas');
    expect(topicRows()).toHaveLength(0);
  });

  it('refuses the meeting after its deadline and offers only a later meeting', async () => {
    ctx.clock.set('2026-03-30T22:00:00.000Z');
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const page = await agent.get('/topics/new');
    expect(page.body).not.toContain('Het overleg van dinsdag 14 april 2026');
    expect(page.body).toContain('Een later overleg');
    const response = await agent.post('/topics', form());
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Kies voor welk overleg je dit agendapunt indient.');
    expect(topicRows()).toHaveLength(0);
    expect((await agent.get('/topics')).body).toContain(
      'De deadline voor het overleg van dinsdag 14 april 2026, 15:00–17:00 was dinsdag 31 maart 2026, 00:00.',
    );
  });

  it('does not take topics for a concept meeting', async () => {
    ctx.deps.db.$client.prepare("update meetings set status = 'concept'").run();
    const agent = sessionAgent(ctx, world.schoolMember.id);
    expect((await agent.get('/topics/new')).body).not.toContain('Het overleg van dinsdag 14 april 2026');
    expect((await agent.post('/topics', form())).statusCode).toBe(422);
  });
});

describe('editing and withdrawing', () => {
  it('lets a member edit and withdraw their organisation’s topic before the deadline', async () => {
    const colleague = aContact(ctx.deps.db, world.school.id, { access: 'member' });
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      submittedBy: world.schoolMember.id,
      title: 'Lachgas bij de bushalte',
    });
    const agent = sessionAgent(ctx, colleague.id);
    const edit = await agent.get(`/topics/${topic.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="Lachgas bij de bushalte"');
    const saved = await agent.post(`/topics/${topic.id}`, form({ title: 'Lachgas rond de bushalte' }));
    expect(saved.statusCode).toBe(302);
    expect(topicRows()[0]?.title).toBe('Lachgas rond de bushalte');

    const list = await agent.get('/topics');
    expect(list.body).toContain(
      `href="/topics/${topic.id}/withdraw">Intrekken<span class="ko-visually-hidden"> Lachgas rond de bushalte</span></a>`,
    );
    expect(list.body).not.toContain(`action="/topics/${topic.id}/withdraw"`);
    const confirm = await agent.get(`/topics/${topic.id}/withdraw`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      '<h1 class="utrecht-heading-1">Weet je zeker dat je agendapunt “Lachgas rond de bushalte” wilt intrekken?</h1>',
    );
    expect(confirm.body).toContain('Het agendapunt wordt verwijderd en komt niet op de agenda.');
    expect(confirm.body).toContain(`action="/topics/${topic.id}/withdraw"`);
    expect(confirm.body).toContain('>Agendapunt intrekken</button>');
    expect(confirm.body).toContain(`<a class="utrecht-link" href="/topics#topic-${topic.id}">Annuleren</a>`);
    expect(topicRows()).toHaveLength(1);

    const withdrawn = await agent.post(`/topics/${topic.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(302);
    expect(topicRows()).toHaveLength(0);
    expect((await agent.get('/topics')).body).toContain(
      'Je agendapunt “Lachgas rond de bushalte” is ingetrokken.',
    );
  });

  it('shows a description of several lines exactly as it was written, in the edit form and after a refused save', async () => {
    const description =
      'Sinds de herfstvakantie zien we meer vapes.\nVooral rond het fietsenhok.\n\nWat doen andere scholen?';
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      submittedBy: world.schoolMember.id,
      description,
    });
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const textarea = (body: string) =>
      body.match(/<textarea[^>]*name="description"[^>]*>([^<]*)<\/textarea>/)?.[1];
    const edit = await agent.get(`/topics/${topic.id}/edit`);
    expect(textarea(edit.body)).toBe(description);

    // A missing title refuses the save; the description comes back as typed, without indentation added to its lines.
    const refused = await agent.post(`/topics/${topic.id}`, form({ title: '', description }));
    expect(refused.statusCode).toBe(422);
    expect(textarea(refused.body)).toBe(description);
    // Saving the form as shown keeps the text as it was.
    const saved = await agent.post(`/topics/${topic.id}`, form({ description: textarea(edit.body) ?? '' }));
    expect(saved.statusCode).toBe(302);
    expect(topicRows()[0]?.description).toBe(description);
  });

  it('counts and stores a line break the browser sends as CRLF as one character, as the form counted it', async () => {
    // 20 lines of 99 characters: 1999 characters with one per line break, 2018 as the browser sends them.
    const lines = Array.from({ length: 20 }, (_, index) => `${index}`.padEnd(99, 'x'));
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get('/topics/new');
    const saved = await agent.post('/topics', form({ description: lines.join('\r\n') }));
    expect(saved.statusCode).toBe(302);
    expect(topicRows()[0]?.description).toBe(lines.join('\n'));
  });

  it('takes the topics merged into a topic along when its school moves it to a later meeting', async () => {
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Lachgas bij de bushalte',
    });
    const merged = aTopic(ctx.deps.db, {
      organisationId: anOrganisation(ctx.deps.db).id,
      themeId: theme.id,
      meetingId: meeting.id,
      status: 'samengevoegd',
      mergedIntoId: topic.id,
    });
    const agent = sessionAgent(ctx, world.schoolMember.id);
    await agent.get(`/topics/${topic.id}/edit`);
    const saved = await agent.post(`/topics/${topic.id}`, form({ meeting: 'later' }));
    expect(saved.statusCode).toBe(302);
    expect(topicRows().map((row) => [row.id, row.meeting_id])).toEqual([
      [topic.id, null],
      [merged.id, null],
    ]);
  });

  it('warns before a topic the coordinator already put on the agenda is withdrawn', async () => {
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Vapes in de onderbouw',
      status: 'geagendeerd',
    });
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const confirm = await agent.get(`/topics/${topic.id}/withdraw`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      'Let op: de coördinator heeft dit agendapunt al op de agenda gezet en er tijd voor ingepland.',
    );
    expect(confirm.body).not.toContain('komt niet op de agenda');
  });

  it('makes the topic read-only after the deadline', async () => {
    const topic = aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Vuurwerk',
    });
    ctx.clock.set('2026-03-31T08:00:00.000Z');
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const list = await agent.get('/topics');
    expect(list.body).toContain('De deadline is verstreken: dit agendapunt kun je alleen nog bekijken.');
    expect(list.body).not.toContain(`/topics/${topic.id}/edit`);
    expect(list.body).not.toContain(`/topics/${topic.id}/withdraw`);

    const edit = await agent.get(`/topics/${topic.id}/edit`);
    expect(edit.statusCode).toBe(409);
    expect(edit.body).toContain('De deadline voor dit overleg is verstreken.');
    await agent.get('/topics');
    expect((await agent.post(`/topics/${topic.id}`, form({ title: 'Anders' }))).statusCode).toBe(409);
    const question = await agent.get(`/topics/${topic.id}/withdraw`);
    expect(question.statusCode).toBe(409);
    expect(question.body).toContain('De deadline voor dit overleg is verstreken.');
    expect(question.body).not.toContain('Weet je zeker');
    expect((await agent.post(`/topics/${topic.id}/withdraw`)).statusCode).toBe(409);
    expect(topicRows()).toMatchObject([{ title: 'Vuurwerk', status: 'ingediend' }]);
  });

  it('does not let a member see, edit or withdraw another organisation’s topic', async () => {
    const otherSchool = anOrganisation(ctx.deps.db, { name: 'Waardse Lyceum' });
    const topic = aTopic(ctx.deps.db, {
      organisationId: otherSchool.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Messen in tassen',
    });
    const agent = sessionAgent(ctx, world.schoolMember.id);
    const list = await agent.get('/topics');
    expect(list.body).not.toContain('Messen in tassen');
    expect((await agent.get(`/topics/${topic.id}/edit`)).statusCode).toBe(404);
    expect((await agent.post(`/topics/${topic.id}`, form({ title: 'Overgenomen' }))).statusCode).toBe(404);
    expect((await agent.get(`/topics/${topic.id}/withdraw`)).statusCode).toBe(404);
    expect((await agent.post(`/topics/${topic.id}/withdraw`)).statusCode).toBe(404);
    expect(topicRows()).toMatchObject([
      { id: topic.id, title: 'Messen in tassen', organisation_id: otherSchool.id },
    ]);
  });

  it('shows the outcome of triage to the member: merged with whom, and why declined', async () => {
    const other = anOrganisation(ctx.deps.db, { name: 'Mavo De Tuinder' });
    const target = aTopic(ctx.deps.db, {
      organisationId: other.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Vapes op het plein',
    });
    aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Vapes in de brugklas',
      status: 'samengevoegd',
      mergedIntoId: target.id,
    });
    aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      meetingId: meeting.id,
      title: 'Kluisjes',
      description: '',
      desiredOutcome: 'informeren',
      status: 'afgewezen',
      declineReason: 'Past beter bij het zorgoverleg.',
    });
    const list = await sessionAgent(ctx, world.schoolMember.id).get('/topics');
    expect(list.body).toContain('Samengevoegd met “Vapes op het plein” van Mavo De Tuinder.');
    expect(list.body).toContain('Status: niet geagendeerd');
    expect(list.body).toContain('Past beter bij het zorgoverleg.');
  });
});
