// The planner page through the real routes: candidates from the database's holidays, one step to a meeting or a poll.
import { beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens.js';
import type { Agent } from '../helpers/agent.js';
import { aContact } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

// Monday 2 March 2026; the last meeting was on Wednesday 7 October 2025, so the target is 7 April 2026.
beforeEach(() => {
  coordinator = sessionAgent(ctx, world.coordinator.id);
  aMeeting(ctx.deps.db, { date: '2025-10-07', status: 'gehouden', location: 'Stadhuis, raadzaal' });
});

const searchForm = { periode: 'previous', weekdays: ['2', '3', '4'], startTime: '15:00', endTime: '17:00' };

describe('the planner page', () => {
  it('lists dates about six months after the last meeting, with reasons, and never in a holiday', async () => {
    const page = await coordinator.get('/planner');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'Zes maanden na het overleg van dinsdag 7 oktober 2025: dinsdag 7 april 2026.',
    );
    // One dense table row per candidate: a tick, the date as its label, and what differs per date.
    const first = page.body.indexOf('<tr class="utrecht-table__row ko-candidate">');
    const row = page.body.slice(first, page.body.indexOf('</tr>', first));
    expect(row).toContain('id="poll-2026-04-07" name="dates" value="2026-04-07"');
    expect(row).toContain(
      '<label for="poll-2026-04-07"><span class="ko-candidate__rank">1.</span> dinsdag 7 april 2026</label>',
    );
    expect(row).toContain('precies zes maanden na het vorige overleg');
    // What all candidates share is said once.
    expect(page.body).toContain(
      'Alle voorstellen zijn van 15:00 tot 17:00, op een gekozen weekdag, buiten de schoolvakanties van regio Noord en de feestdagen.',
    );
    expect(page.body).not.toContain('geen schoolvakantie (regio Noord) en geen feestdag');
    // The poll form is next to the list, with the hint before and the count of ticked dates.
    expect(page.body).toContain('Vink 3 tot 6 data aan in de lijst.');
    expect(page.body).toContain(
      'data-planner-count data-one="{count} datum aangevinkt" data-other="{count} data aangevinkt">0 data aangevinkt</p>',
    );
    expect(page.body.match(/utrecht-button--primary-action/g)).toHaveLength(1);
    // The meivakantie (25 April – 3 May) and Hemelvaartsdag are skipped, and the page says why.
    expect(page.body).not.toContain('dinsdag 28 april 2026, 15:00–17:00');
    expect(page.body).toContain(
      '<td class="utrecht-table__cell">dinsdag 28 april 2026</td><td class="utrecht-table__cell" data-label="Reden">in de meivakantie</td>',
    );
    expect(page.body).toContain('Hemelvaartsdag');
    expect(page.body).not.toContain('Let op</h2>');
  });

  it('warns when asked about a period the holiday data does not cover', async () => {
    const page = await coordinator.get('/planner?periode=2028-2');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('De vakantiegegevens lopen tot en met zondag 27 augustus 2028');

    ctx.deps.db.$client.prepare('delete from school_holidays').run();
    const empty = await coordinator.get('/planner');
    expect(empty.body).toContain(
      'Er zijn geen schoolvakanties ingevoerd, dus alleen feestdagen zijn uitgesloten.',
    );
  });

  it('asks for at least one weekday', async () => {
    const page = await coordinator.get('/planner?periode=previous&startTime=15:00&endTime=17:00');
    expect(page.statusCode).toBe(422);
    expect(page.body).toContain('Kies minstens één weekdag.');
  });

  it('is only for the coordinator', async () => {
    expect((await sessionAgent(ctx, world.schoolMember.id).get('/planner')).statusCode).toBe(403);
  });
});

describe('from a candidate to a meeting in one step', () => {
  it('creates a concept with a title, the default deadline and the last meeting’s place', async () => {
    await coordinator.get('/planner');
    const made = await coordinator.post('/planner/meetings', { ...searchForm, dates: ['2026-04-07'] });
    expect(made.statusCode).toBe(302);
    const id = Number(/\/meetings\/(\d+)/.exec(made.headers.location ?? '')?.[1]);
    const [row] = sql<{
      title: string;
      status: string;
      starts_at: string;
      location: string;
      topic_deadline: string;
    }>('select * from meetings where id = ?', id);
    expect(row).toMatchObject({
      title: 'Ketenoverleg Veilige School – april 2026',
      status: 'concept',
      starts_at: '2026-04-07T13:00:00.000Z',
      location: 'Stadhuis, raadzaal',
      topic_deadline: '2026-03-17T22:59:00.000Z',
    });
    const page = await coordinator.get(`/meetings/${id}`);
    expect(page.body).toContain('Concept-overleg gemaakt voor dinsdag 7 april 2026, 15:00–17:00.');
    expect(page.body).toContain('Definitief plannen');
  });

  it('needs exactly one ticked date, and refuses a date that does not exist', async () => {
    await coordinator.get('/planner');
    const two = await coordinator.post('/planner/meetings', {
      ...searchForm,
      dates: ['2026-04-07', '2026-04-08'],
    });
    expect(two.statusCode).toBe(422);
    expect(two.body).toContain('Vink precies één datum aan om er meteen een overleg van te maken (nu 2).');
    expect(two.body).toContain('value="2026-04-08" checked');
    expect(two.body).toContain('2 data aangevinkt');
    const none = await coordinator.post('/planner/meetings', searchForm);
    expect(none.body).toContain('(nu 0)');
    const made = await coordinator.post('/planner/meetings', { ...searchForm, dates: ['2026-02-30'] });
    expect(made.statusCode).toBe(422);
    expect(made.body).toContain('Vul een bestaande datum in, zoals 2026-04-14.');
    expect(sql('select * from meetings')).toHaveLength(1);
  });
});

describe('starting a date poll from the planner', () => {
  it('needs three to six dates and keeps the chosen ones', async () => {
    await coordinator.get('/planner');
    const response = await coordinator.post('/planner/poll', {
      ...searchForm,
      dates: ['2026-04-07', '2026-04-08'],
      title: 'Ketenoverleg april 2026',
      closesOn: '2026-03-16',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Vink 3 tot 6 data aan voor de peiling (nu 2).');
    expect(response.body).toContain('value="2026-04-07" checked');
    expect(response.body).toContain('value="Ketenoverleg april 2026"');
    expect(sql('select * from date_polls')).toHaveLength(0);
  });

  it('asks the contacts of the schools and core partners, each with a personal link stored only as a hash', async () => {
    const leerplicht = aContact(ctx.deps.db, world.gemeente.id, { name: 'Ruben Leerplicht', access: 'none' });
    aContact(ctx.deps.db, world.school.id, { name: 'Zonder uitnodigingen', receivesInvitations: false });
    await coordinator.get('/planner');
    const response = await coordinator.post('/planner/poll', {
      ...searchForm,
      dates: ['2026-04-09', '2026-04-07', '2026-04-08'],
      title: 'Ketenoverleg april 2026',
      closesOn: '2026-03-16',
    });
    expect(response.statusCode).toBe(302);
    const pollId = Number(/\/polls\/(\d+)/.exec(response.headers.location ?? '')?.[1]);
    expect(sql('select title, status, closes_at from date_polls where id = ?', pollId)).toEqual([
      { title: 'Ketenoverleg april 2026', status: 'open', closes_at: '2026-03-16T22:59:00.000Z' },
    ]);
    expect(
      sql('select starts_at from date_poll_options where poll_id = ? order by starts_at', pollId),
    ).toEqual([
      { starts_at: '2026-04-07T13:00:00.000Z' },
      { starts_at: '2026-04-08T13:00:00.000Z' },
      { starts_at: '2026-04-09T13:00:00.000Z' },
    ]);
    // Not the coordinator who chose the dates, not the optional partner, not a contact without invitations.
    const participants = sql<{ contact_id: number; token_hash: string }>(
      'select contact_id, token_hash from date_poll_participants where poll_id = ? order by contact_id',
      pollId,
    );
    expect(participants.map((p) => p.contact_id)).toEqual(
      [world.schoolMember.id, leerplicht.id].sort((a, b) => a - b),
    );

    const mails = sql<{ to_address: string; subject: string; text: string; purpose: string }>(
      'select to_address, subject, text, purpose from outbox order by id',
    );
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [leerplicht.email, world.schoolMember.email].sort(),
    );
    const mail = mails.find((m) => m.to_address === world.schoolMember.email);
    expect(mail?.subject).toBe('Welke datum past? Ketenoverleg april 2026');
    expect(mail?.purpose).toBe(`poll:${pollId}`);
    expect(mail?.text).toContain('- dinsdag 7 april 2026, 15:00–17:00');
    expect(mail?.text).toContain('Antwoorden en wijzigen kan tot en met maandag 16 maart 2026.');
    const token = /http:\/\/localhost:3000\/poll\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const own = participants.find((p) => p.contact_id === world.schoolMember.id);
    expect(own?.token_hash).toBe(hashToken(token));
    expect(own?.token_hash).not.toContain(token);

    const page = await coordinator.get(`/polls/${pollId}`);
    expect(page.body).toContain(
      'De datumpeiling is gestart: 2 contactpersonen krijgen een mail met hun persoonlijke link.',
    );
  });
});

describe('a second poll for the same meeting', () => {
  const aprilPoll = {
    ...searchForm,
    dates: ['2026-04-07', '2026-04-08', '2026-04-09'],
    title: 'Ketenoverleg april 2026',
    closesOn: '2026-03-16',
  };

  it('is refused until the coordinator confirms it, and never under the same name', async () => {
    await coordinator.get('/planner');
    expect((await coordinator.post('/planner/poll', aprilPoll)).statusCode).toBe(302);
    const mailsAfterFirst = sql('select id from outbox').length;

    // The planner says a poll is running for this period, with a link to it.
    const planner = await coordinator.get('/planner');
    expect(planner.body).toContain('Voor deze periode loopt al een datumpeiling:');
    expect(planner.body).toContain('Ketenoverleg april 2026, gestart op maandag 2 maart 2026');

    const again = await coordinator.post('/planner/poll', {
      ...aprilPoll,
      dates: ['2026-04-14', '2026-04-15', '2026-04-16'],
    });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain(
      'Voor dit halfjaar loopt al de peiling ‘Ketenoverleg april 2026’ (gestart op maandag 2 maart 2026).',
    );
    expect(again.body).toContain('href="#field-secondPoll"');
    expect(again.body).toContain('Er loopt al een peiling met de naam ‘Ketenoverleg april 2026’.');
    expect(again.body).toContain('value="2026-04-14" checked');

    // Confirmed but under the same name (in other capitals): still refused, nothing sent.
    const sameName = await coordinator.post('/planner/poll', {
      ...aprilPoll,
      title: 'ketenoverleg APRIL 2026 ',
      dates: ['2026-04-14', '2026-04-15', '2026-04-16'],
      secondPoll: 'ja',
    });
    expect(sameName.statusCode).toBe(422);
    expect(sameName.body).not.toContain('href="#field-secondPoll"');
    expect(sameName.body).toContain('id="field-secondPoll" name="secondPoll" value="ja" checked');
    expect(sql('select id from date_polls')).toHaveLength(1);
    expect(sql('select id from outbox')).toHaveLength(mailsAfterFirst);

    const confirmed = await coordinator.post('/planner/poll', {
      ...aprilPoll,
      title: 'Ketenoverleg april 2026, tweede ronde',
      dates: ['2026-04-14', '2026-04-15', '2026-04-16'],
      secondPoll: 'ja',
    });
    expect(confirmed.statusCode).toBe(302);
    expect(sql('select title from date_polls order by id')).toEqual([
      { title: 'Ketenoverleg april 2026' },
      { title: 'Ketenoverleg april 2026, tweede ronde' },
    ]);

    // The list tells them apart: their names, their dates and when each started.
    const list = await coordinator.get('/polls');
    expect(list.body).toContain(
      '<td class="utrecht-table__cell" data-label="Data">7 apr 2026 t/m 9 apr 2026</td>',
    );
    expect(list.body).toContain(
      '<td class="utrecht-table__cell" data-label="Data">14 apr 2026 t/m 16 apr 2026</td>',
    );
  });

  it('starts without a question once the earlier poll is closed, or for another half-year', async () => {
    await coordinator.get('/planner');
    await coordinator.post('/planner/poll', aprilPoll);
    const autumn = await coordinator.post('/planner/poll', {
      ...searchForm,
      periode: '2026-2',
      dates: ['2026-10-06', '2026-10-07', '2026-10-08'],
      title: 'Ketenoverleg oktober 2026',
      closesOn: '2026-09-01',
    });
    expect(autumn.statusCode).toBe(302);

    ctx.deps.db.$client
      .prepare("update date_polls set status = 'closed' where title = ?")
      .run(aprilPoll.title);
    const next = await coordinator.post('/planner/poll', {
      ...aprilPoll,
      dates: ['2026-04-14', '2026-04-15', '2026-04-16'],
    });
    expect(next.statusCode).toBe(302);
    expect(sql('select id from date_polls')).toHaveLength(3);
  });
});
