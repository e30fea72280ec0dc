// Date polls through the real routes: answering by personal link, the tally, the best date, closing the poll.
import { beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { aContact, anOrganisation } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aPoll } from '../helpers/poll-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;
let pollId: number;
/** Personal answer pages by contact id, as mailed. */
let links: Map<number, string>;
let colleague: { id: number; email: string };
let otherSchool: { id: number; email: string };
let options: { id: number }[];

// Monday 2 March 2026. The poll asks about 7, 8 and 9 April and closes at the end of 16 March.
beforeEach(() => {
  colleague = aContact(ctx.deps.db, world.school.id, { name: 'Collega School', access: 'none' });
  const second = anOrganisation(ctx.deps.db, { name: 'Tweede College', kind: 'school' });
  otherSchool = aContact(ctx.deps.db, second.id, { name: 'Tweede Contact', access: 'none' });
  coordinator = sessionAgent(ctx, world.coordinator.id);

  const poll = aPoll(ctx, world.coordinator.id);
  pollId = poll.id;
  options = poll.options;
  links = poll.links;
  const byId = (a: number, b: number) => a - b;
  const order = [world.schoolMember.id, colleague.id, otherSchool.id];
  expect([...links.keys()].sort(byId)).toEqual([...order].sort(byId));
});

const answersOf = (contactId: number) =>
  sql<{ answer: string }>(
    `select a.answer from date_poll_answers a
     join date_poll_participants p on p.id = a.participant_id
     join date_poll_options o on o.id = a.option_id
     where p.contact_id = ? order by o.starts_at`,
    contactId,
  ).map((row) => row.answer);
const pollRow = () =>
  sql<{ status: string; meeting_id: number | null; closed_at: string | null }>(
    'select status, meeting_id, closed_at from date_polls where id = ?',
    pollId,
  )[0];

/** Answers through the public page, as the contact would: open the link, then send the form. */
async function answer(contactId: number, answers: [string, string, string]) {
  const agent = new Agent(ctx.app);
  const path = links.get(contactId) ?? '';
  await agent.get(path);
  const form: Record<string, string> = {};
  answers.forEach((value, index) => {
    form[`answer-${options[index]?.id}`] = value;
  });
  return { agent, path, response: await agent.post(path, form) };
}

describe('answering through the personal link', () => {
  it('shows every date as a question, without logging in, and keeps the answers', async () => {
    const agent = new Agent(ctx.app);
    const path = links.get(world.schoolMember.id) ?? '';
    const page = await agent.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hallo Sietske School,</p>');
    expect(page.body).toContain('We zoeken een datum voor: Ketenoverleg april 2026.');
    for (const date of ['dinsdag 7 april 2026', 'woensdag 8 april 2026', 'donderdag 9 april 2026']) {
      expect(page.body).toContain(
        `<legend class="utrecht-form-fieldset__legend">${date}, 15:00–17:00</legend>`,
      );
    }
    expect(page.body.match(/type="radio"/g)).toHaveLength(9);

    const answered = await answer(world.schoolMember.id, ['ja', 'misschien', 'nee']);
    expect(answered.response.statusCode).toBe(302);
    expect(answered.response.headers.location).toBe(path);
    expect(answersOf(world.schoolMember.id)).toEqual(['ja', 'misschien', 'nee']);
    const again = await answered.agent.get(path);
    expect(again.body).toContain('Dank je wel, je antwoorden zijn opgeslagen.');
    expect(again.body).toContain(`value="ja" checked`);
  });

  it('lets a contact change their mind until the poll closes', async () => {
    await answer(world.schoolMember.id, ['ja', 'ja', 'ja']);
    ctx.clock.advance(24 * 3_600_000);
    await answer(world.schoolMember.id, ['nee', 'ja', 'misschien']);
    expect(answersOf(world.schoolMember.id)).toEqual(['nee', 'ja', 'misschien']);
    expect(
      sql('select responded_at from date_poll_participants where contact_id = ?', world.schoolMember.id),
    ).toEqual([{ responded_at: '2026-03-03T09:00:00.000Z' }]);
  });

  it('asks again for a date left open and keeps the other answers', async () => {
    const agent = new Agent(ctx.app);
    const path = links.get(world.schoolMember.id) ?? '';
    await agent.get(path);
    const response = await agent.post(path, { [`answer-${options[0]?.id}`]: 'ja' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Kies ja, misschien of nee voor woensdag 8 april 2026.');
    expect(response.body).toContain(`href="#field-answer-${options[1]?.id}"`);
    expect(response.body).toContain(
      `id="field-answer-${options[0]?.id}-ja" name="answer-${options[0]?.id}" value="ja" checked`,
    );
    expect(answersOf(world.schoolMember.id)).toEqual([]);
  });

  it('says an unknown link does not work, without telling anything about the poll', async () => {
    const agent = new Agent(ctx.app);
    await agent.get('/login'); // a form, for a CSRF token
    const unknown = await agent.get('/poll/this-token-does-not-exist-at-all');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Deze link werkt niet');
    expect(unknown.body).not.toContain('Ketenoverleg april 2026');
    expect((await agent.get('/poll/kort')).statusCode).toBe(404);
    const post = await agent.post('/poll/this-token-does-not-exist-at-all', {
      [`answer-${options[0]?.id}`]: 'ja',
    });
    expect(post.statusCode).toBe(404);
  });

  it('refuses answers once the poll has expired', async () => {
    await answer(world.schoolMember.id, ['ja', 'ja', 'ja']);
    ctx.clock.set('2026-03-16T23:00:00.000Z');
    const agent = new Agent(ctx.app);
    await agent.get('/login'); // a form, for a CSRF token
    const path = links.get(world.schoolMember.id) ?? '';
    const page = await agent.get(path);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Deze datumpeiling is gesloten');
    const form: Record<string, string> = {};
    for (const option of options) form[`answer-${option.id}`] = 'nee';
    const late = await agent.post(path, form);
    expect(late.statusCode).toBe(410);
    expect(answersOf(world.schoolMember.id)).toEqual(['ja', 'ja', 'ja']);
  });
});

describe('the coordinator’s tally', () => {
  it('counts an organisation as available when one of its contacts is, and highlights the best date', async () => {
    await answer(world.schoolMember.id, ['nee', 'nee', 'misschien']);
    await answer(colleague.id, ['nee', 'ja', 'nee']);
    await answer(otherSchool.id, ['ja', 'ja', 'nee']);
    const page = await coordinator.get(`/polls/${pollId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('3 van de 3 contactpersonen hebben geantwoord.');
    expect(page.body).toContain(
      'woensdag 8 april 2026, 15:00–17:00 is de beste datum: daarop kunnen de meeste organisaties (2).',
    );
    // Testcollege: one contact said no, the other yes on 8 April, so the school counts as available.
    const row = page.body.slice(
      page.body.indexOf('Testcollege <span'),
      page.body.indexOf('</tr>', page.body.indexOf('Testcollege <span')),
    );
    expect(row).toContain('2 van 2 geantwoord');
    expect(
      row
        .match(
          /<td[^>]*>[^<]*<span[^>]*>[^<]*<\/span> <span class="ko-poll__label">(ja|nee|misschien|geen antwoord)<\/span><\/td>/g,
        )
        ?.map((cell) => />(\w[\w ]*)<\/span><\/td>$/.exec(cell)?.[1]),
    ).toEqual(['nee', 'ja', 'misschien']);
    // The best column says so in words, not only in colour.
    const header = page.body.slice(page.body.indexOf('<thead'), page.body.indexOf('</thead>'));
    expect(header).toMatch(
      /wo 8 apr 2026<\/span> <span class="ko-poll__time">15:00–17:00<\/span>\s*<span class="ko-poll__badge">Beste datum<\/span>/,
    );
    expect(page.body).toContain(`value="${options[1]?.id}" checked`);
  });

  it('picks the earliest date when the counts are equal, and says why', async () => {
    await answer(world.schoolMember.id, ['nee', 'ja', 'ja']);
    const page = await coordinator.get(`/polls/${pollId}`);
    expect(page.body).toContain(
      'woensdag 8 april 2026, 15:00–17:00 is de beste datum: meerdere data scoren gelijk (1 organisatie kan), en dit is de vroegste.',
    );
  });

  it('is for the coordinator only', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    expect((await school.get(`/polls/${pollId}`)).statusCode).toBe(403);
    expect((await school.get('/polls')).statusCode).toBe(403);
    expect((await new Agent(ctx.app).get('/polls')).headers.location).toBe('/login?next=%2Fpolls');
  });
});

describe('closing the poll', () => {
  it('turns the chosen date into a planned meeting and tells everyone who answered', async () => {
    await answer(world.schoolMember.id, ['nee', 'ja', 'nee']);
    await answer(otherSchool.id, ['ja', 'ja', 'nee']);
    await coordinator.get(`/polls/${pollId}`);
    const before = sql<{ n: number }>('select count(*) as n from outbox')[0]?.n ?? 0;
    const decided = await coordinator.post(`/polls/${pollId}/decide`, {
      optionId: String(options[1]?.id),
      title: 'Ketenoverleg Veilige School – april 2026',
      location: 'Gemeentehuis, zaal De Waard',
      onlineUrl: '',
    });
    expect(decided.statusCode).toBe(302);
    const meetingId = Number(/\/meetings\/(\d+)/.exec(decided.headers.location ?? '')?.[1]);
    expect(sql('select status, starts_at, ends_at, location from meetings where id = ?', meetingId)).toEqual([
      {
        status: 'gepland',
        starts_at: '2026-04-08T13:00:00.000Z',
        ends_at: '2026-04-08T15:00:00.000Z',
        location: 'Gemeentehuis, zaal De Waard',
      },
    ]);
    expect(pollRow()).toMatchObject({
      status: 'closed',
      meeting_id: meetingId,
      closed_at: '2026-03-02T09:00:00.000Z',
    });

    const outcome = sql<{ to_address: string; subject: string; text: string }>(
      'select to_address, subject, text from outbox where id > ? order by id',
      before,
    );
    // The colleague did not answer and gets nothing.
    expect(outcome.map((m) => m.to_address).sort()).toEqual(
      [otherSchool.email, world.schoolMember.email].sort(),
    );
    expect(outcome[0]?.subject).toBe('Uitkomst datumpeiling: Ketenoverleg april 2026');
    expect(outcome[0]?.text).toContain('Het overleg is op woensdag 8 april 2026, 15:00–17:00.');
    expect(outcome[0]?.text).toContain('Locatie: Gemeentehuis, zaal De Waard');
    // A link to the meeting page only for who can log in.
    const mailTo = (email: string) => outcome.find((m) => m.to_address === email)?.text ?? '';
    expect(mailTo(world.schoolMember.email)).toContain(`http://localhost:3000/meetings/${meetingId}`);
    expect(mailTo(otherSchool.email)).not.toContain('/meetings/');

    const meeting = await coordinator.get(`/meetings/${meetingId}`);
    expect(meeting.body).toContain('Het overleg is gepland en de peiling is gesloten.');
    expect(meeting.body).toContain(`href="/polls/${pollId}"`);

    const link = await new Agent(ctx.app).get(links.get(world.schoolMember.id) ?? '');
    expect(link.statusCode).toBe(410);
    expect(link.body).toContain('Het overleg is op woensdag 8 april 2026, 15:00–17:00.');

    const again = await coordinator.post(`/polls/${pollId}/decide`, {
      optionId: String(options[0]?.id),
      title: 'Nog een',
      location: 'Elders',
    });
    expect(again.statusCode).toBe(409);
    expect(sql('select id from meetings')).toHaveLength(1);
  });

  it('needs a place for the meeting and keeps the poll open until it has one', async () => {
    await coordinator.get(`/polls/${pollId}`);
    const response = await coordinator.post(`/polls/${pollId}/decide`, {
      optionId: String(options[0]?.id),
      title: 'Ketenoverleg',
      location: '',
      onlineUrl: '',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Vul een locatie of een online link in');
    const noOption = await coordinator.post(`/polls/${pollId}/decide`, {
      optionId: '99999',
      title: 'x',
      location: 'y',
    });
    expect(noOption.statusCode).toBe(422);
    expect(noOption.body).toContain('Kies de datum die het overleg wordt.');
    expect(pollRow()?.status).toBe('open');
    expect(sql('select id from meetings')).toHaveLength(0);
  });

  it('can close without a date, and tells those who answered', async () => {
    await answer(colleague.id, ['nee', 'nee', 'nee']);
    await coordinator.get(`/polls/${pollId}`);
    const closed = await coordinator.post(`/polls/${pollId}/close`);
    expect(closed.statusCode).toBe(302);
    expect(pollRow()).toMatchObject({ status: 'closed', meeting_id: null });
    const mails = sql<{ to_address: string; text: string }>(
      "select to_address, text from outbox where subject like 'Uitkomst%'",
    );
    expect(mails.map((m) => m.to_address)).toEqual([colleague.email]);
    expect(mails[0]?.text).toContain('De peiling is gesloten zonder dat er een datum is gekozen.');
    const page = await coordinator.get(`/polls/${pollId}`);
    expect(page.body).toContain('zonder dat er een datum is gekozen');
    expect(page.body).not.toContain('Maak het overleg en sluit de peiling');
    expect((await coordinator.post(`/polls/${pollId}/close`)).statusCode).toBe(409);
  });
});

describe('answering in the app', () => {
  it('shows the open poll on the dashboard and under "Komende overleggen" of a contact who was asked', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    const dashboard = await school.get('/');
    expect(dashboard.body).toContain(
      '<h2 class="utrecht-heading-2" id="open-polls-title">Welke datum past?</h2>',
    );
    expect(dashboard.body).toContain(`href="/polls/${pollId}/answer">Ketenoverleg april 2026</a>`);
    expect(dashboard.body).toContain(
      'je hebt nog niet geantwoord · antwoorden kan tot en met maandag 16 maart 2026',
    );
    expect(dashboard.body).toContain(
      'Geef je antwoord<span class="ko-visually-hidden">: Ketenoverleg april 2026',
    );
    const list = await school.get('/meetings');
    const upcoming = list.body.slice(
      list.body.indexOf('id="upcoming-title"'),
      list.body.indexOf('id="past-title"'),
    );
    expect(upcoming).toContain(`href="/polls/${pollId}/answer">Ketenoverleg april 2026</a>`);

    // The coordinator sees it too, with the response count, linked to the tally.
    const overview = await coordinator.get('/meetings');
    expect(overview.body).toContain(`href="/polls/${pollId}">Ketenoverleg april 2026</a>`);
    expect(overview.body).toContain('0 van de 3 contactpersonen hebben geantwoord');
  });

  it('keeps the same rules as the personal link: every date answered, changes until closing, then closed', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    const form = await school.get(`/polls/${pollId}/answer`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`<form method="post" action="/polls/${pollId}/answer" novalidate>`);
    expect(form.body).not.toContain('Je hoeft niet in te loggen');

    const incomplete = await school.post(`/polls/${pollId}/answer`, { [`answer-${options[0]?.id}`]: 'ja' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.body).toContain('Kies ja, misschien of nee voor woensdag 8 april 2026.');
    expect(answersOf(world.schoolMember.id)).toEqual([]);

    const saved = await school.post(`/polls/${pollId}/answer`, {
      [`answer-${options[0]?.id}`]: 'ja',
      [`answer-${options[1]?.id}`]: 'nee',
      [`answer-${options[2]?.id}`]: 'misschien',
    });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe(`/polls/${pollId}/answer`);
    expect(answersOf(world.schoolMember.id)).toEqual(['ja', 'nee', 'misschien']);
    // The personal link shows the same answers: one participant, two ways in.
    const viaLink = await new Agent(ctx.app).get(links.get(world.schoolMember.id) ?? '');
    expect(viaLink.body).toContain(
      `id="field-answer-${options[1]?.id}-nee" name="answer-${options[1]?.id}" value="nee" checked`,
    );
    const dashboard = await school.get('/');
    expect(dashboard.body).toContain('je hebt geantwoord · wijzigen kan tot en met maandag 16 maart 2026');
    expect(dashboard.body).toContain('Wijzig je antwoord');

    ctx.clock.set('2026-03-16T23:00:00.000Z');
    // A new login: two weeks on, the first session has timed out.
    const later = sessionAgent(ctx, world.schoolMember.id);
    expect((await later.get(`/polls/${pollId}/answer`)).statusCode).toBe(410);
    const late = await later.post(`/polls/${pollId}/answer`, {
      [`answer-${options[0]?.id}`]: 'nee',
      [`answer-${options[1]?.id}`]: 'nee',
      [`answer-${options[2]?.id}`]: 'nee',
    });
    expect(late.statusCode).toBe(410);
    expect(answersOf(world.schoolMember.id)).toEqual(['ja', 'nee', 'misschien']);
    expect((await later.get('/')).body).not.toContain('open-polls-title');
  });

  it('is not found for a contact who was not asked', async () => {
    const stranger = aContact(ctx.deps.db, world.school.id, { name: 'Later Erbij', access: 'member' });
    const agent = sessionAgent(ctx, stranger.id);
    expect((await agent.get(`/polls/${pollId}/answer`)).statusCode).toBe(404);
    expect((await agent.get('/')).body).not.toContain('Ketenoverleg april 2026');
  });
});

describe('who has not answered, and the one reminder', () => {
  const reminders = () =>
    sql<{ to_address: string; subject: string; text: string; purpose: string }>(
      "select to_address, subject, text, purpose from outbox where subject like 'Herinnering%' order by id",
    );

  it('lists the contacts without an answer per organisation', async () => {
    await answer(colleague.id, ['ja', 'ja', 'ja']);
    const page = await coordinator.get(`/polls/${pollId}`);
    const section = page.body.slice(page.body.indexOf('id="without-answer-title"'));
    expect(section).toContain('<strong>Testcollege</strong>: Sietske School</li>');
    expect(section).toContain('<strong>Tweede College</strong>: Tweede Contact</li>');
    expect(section).not.toContain('Collega School');
    expect(section).toContain('Stuur een herinnering aan 2 contactpersonen');
  });

  it('sends each contact without an answer one reminder mail with a link that works, and never a second', async () => {
    await answer(colleague.id, ['ja', 'ja', 'ja']);
    await coordinator.get(`/polls/${pollId}`);
    const sent = await coordinator.post(`/polls/${pollId}/remind`);
    expect(sent.statusCode).toBe(302);
    expect((await coordinator.get(`/polls/${pollId}`)).body).toContain(
      'Herinnering verstuurd aan 2 contactpersonen.',
    );
    const mails = reminders();
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [otherSchool.email, world.schoolMember.email].sort(),
    );
    expect(mails[0]?.subject).toBe('Herinnering: welke datum past? Ketenoverleg april 2026');
    expect(mails[0]?.purpose).toBe(`poll:${pollId}`);
    expect(mails[0]?.text).toContain('Dit is de enige herinnering.');
    expect(sql('select action, entity, entity_id from audit_log where action = ?', 'remind')).toEqual([
      { action: 'remind', entity: 'poll', entity_id: pollId },
    ]);

    // The reminder's link answers for the same contact; the first link keeps working.
    const reminderMail = mails.find((m) => m.to_address === otherSchool.email)?.text ?? '';
    const link = new URL(/(http:\/\/localhost:3000\/poll\/[A-Za-z0-9_-]+)/.exec(reminderMail)?.[1] ?? '')
      .pathname;
    expect(link).not.toBe(links.get(otherSchool.id));
    const agent = new Agent(ctx.app);
    expect((await agent.get(link)).body).toContain('Hallo Tweede Contact');
    const form: Record<string, string> = {};
    for (const option of options) form[`answer-${option.id}`] = 'misschien';
    expect((await agent.post(link, form)).statusCode).toBe(302);
    expect(answersOf(otherSchool.id)).toEqual(['misschien', 'misschien', 'misschien']);
    expect((await new Agent(ctx.app).get(links.get(otherSchool.id) ?? '')).statusCode).toBe(200);

    // Once: a second click, later, sends nothing more, and the page says everyone was reminded.
    ctx.clock.advance(3 * 24 * 3_600_000);
    const nextDay = sessionAgent(ctx, world.coordinator.id);
    await nextDay.get(`/polls/${pollId}`);
    const again = await nextDay.post(`/polls/${pollId}/remind`);
    expect(again.statusCode).toBe(302);
    expect(again.headers.location).toBe(`/polls/${pollId}#without-answer-title`);
    expect(reminders()).toHaveLength(2);
    const page = await nextDay.get(`/polls/${pollId}`);
    expect(page.body).toContain('Er is niemand meer om te herinneren');
    expect(page.body).toContain(
      'Sietske School <span class="ko-muted">(herinnerd op maandag 2 maart 2026)</span>',
    );
    expect(page.body).not.toContain('Stuur een herinnering aan');
  });

  it('reminds nobody once the poll takes no more answers', async () => {
    ctx.clock.set('2026-03-17T08:00:00.000Z');
    await coordinator.get(`/polls/${pollId}`);
    await coordinator.post(`/polls/${pollId}/remind`);
    expect(reminders()).toHaveLength(0);
  });
});
