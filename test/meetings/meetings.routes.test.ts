// Meetings through the real routes: creating, editing, planning, holding and cancelling, and who may see what.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/agenda/agenda.repository.js';
import { deliverDue } from '../../src/mail/worker.js';
import { createMeetingsRepository } from '../../src/meetings/meetings.repository.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { Agent } from '../helpers/agent.js';
import { aContact, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, aMeetingForm, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

// The test clock stands at Monday 2 March 2026, 10:00 in Amsterdam.
beforeEach(() => {
  coordinator = sessionAgent(ctx, world.coordinator.id);
});

const meetingRow = (id: number) =>
  sql<{
    title: string;
    starts_at: string;
    ends_at: string;
    location: string;
    topic_deadline: string;
    status: string;
    sequence: number;
    cancel_reason: string | null;
  }>('select * from meetings where id = ?', id)[0];
const changes = (id: number) =>
  sql<{ kind: string; details: string; changed_by: number | null; notified_at: string | null }>(
    'select kind, details, changed_by, notified_at from meeting_changes where meeting_id = ? order by id',
    id,
  );
const meetingCount = () => sql<{ n: number }>('select count(*) as n from meetings')[0]?.n;

const validForm = aMeetingForm();

function idFrom(location: string | undefined): number {
  const match = /^\/meetings\/(\d+)$/.exec(location ?? '');
  if (!match) throw new Error(`not a meeting page: ${location}`);
  return Number(match[1]);
}

describe('creating a meeting', () => {
  it('starts the form with the usual title and times, which the coordinator completes', async () => {
    const form = await coordinator.get('/meetings/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(
      'id="field-title" name="title" type="text" value="Ketenoverleg Veilige School"',
    );
    expect(form.body).toContain('bijvoorbeeld “Ketenoverleg Veilige School – maart 2027”');
    expect(form.body).toContain('name="startTime" type="time" value="15:00"');
    expect(form.body).toContain('name="endTime" type="time" value="17:00"');

    const created = await coordinator.post('/meetings', {
      ...validForm,
      title: 'Ketenoverleg Veilige School – april 2026',
      intent: 'concept',
    });
    expect(meetingRow(idFrom(created.headers.location))?.title).toBe(
      'Ketenoverleg Veilige School – april 2026',
    );
  });

  it('plans it in Amsterdam time, with the topic deadline three weeks before, and shows it in Dutch', async () => {
    await coordinator.get('/meetings/new');
    const created = await coordinator.post('/meetings', { ...validForm, intent: 'gepland' });
    expect(created.statusCode).toBe(302);
    const id = idFrom(created.headers.location);

    expect(meetingRow(id)).toMatchObject({
      starts_at: '2026-04-14T13:00:00.000Z',
      ends_at: '2026-04-14T15:00:00.000Z',
      topic_deadline: '2026-03-24T22:59:00.000Z',
      status: 'gepland',
      sequence: 0,
    });
    expect(changes(id).map((c) => c.kind)).toEqual(['created', 'planned']);

    const page = await coordinator.get(`/meetings/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Het overleg is gepland.');
    expect(page.body).toContain('<dd class="ko-meeting-when">dinsdag 14 april 2026, 15:00–17:00</dd>');
    expect(page.body).toContain('Gemeentehuis, zaal De Waard');
    expect(page.body).toContain('nog 22 dagen, tot en met dinsdag 24 maart 2026');
    expect(page.body).toContain('>gepland</span>');
    for (const section of ['Agenda', 'Uitnodigingen', 'Afspraken', 'Wijzigingen']) {
      expect(page.body).toContain(`>${section}</h2>`);
    }
  });

  it('saves a concept without a place, which the coordinator can plan once it has one', async () => {
    await coordinator.get('/meetings/new');
    const created = await coordinator.post('/meetings', { ...validForm, location: '', intent: 'concept' });
    const id = idFrom(created.headers.location);
    expect(meetingRow(id)?.status).toBe('concept');

    await coordinator.get(`/meetings/${id}`);
    const refused = await coordinator.post(`/meetings/${id}/plan`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Vul eerst een locatie of online link in');

    await coordinator.get(`/meetings/${id}/edit`);
    const planned = await coordinator.post(`/meetings/${id}`, {
      ...validForm,
      location: '',
      onlineUrl: 'https://teams.example/overleg',
      intent: 'gepland',
    });
    expect(planned.statusCode).toBe(302);
    expect(meetingRow(id)?.status).toBe('gepland');
    // Editing a concept records no time or place change: nobody was told anything yet.
    expect(changes(id).map((c) => c.kind)).toEqual(['created', 'planned']);
  });

  it('refuses a time in the daylight-saving gap and keeps what was typed', async () => {
    await coordinator.get('/meetings/new');
    const response = await coordinator.post('/meetings', {
      ...validForm,
      date: '2026-03-29',
      startTime: '02:30',
      endTime: '04:00',
      intent: 'gepland',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      'Deze tijd bestaat niet: op zondag 29 maart 2026 gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    );
    expect(response.body).toContain('href="#field-startTime"');
    expect(response.body).toContain('value="2026-03-29"');
    expect(response.body).toContain('value="02:30"');
    expect(meetingCount()).toBe(0);
  });

  it('refuses a planned meeting without a place and an end before the start', async () => {
    await coordinator.get('/meetings/new');
    const response = await coordinator.post('/meetings', {
      ...validForm,
      location: '',
      endTime: '14:00',
      intent: 'gepland',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Vul een locatie of een online link in');
    expect(response.body).toContain('De eindtijd moet na de begintijd liggen.');
    expect(meetingCount()).toBe(0);
  });
});

describe('the privacy guard on the meeting’s free text', () => {
  it('blocks a pupil’s name in the title and stores nothing', async () => {
    await coordinator.get('/meetings/new');
    const response = await coordinator.post('/meetings', {
      ...validForm,
      title: 'Overleg over Daan de Vries uit 3B',
      intent: 'gepland',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Titel” lijkt persoonsgegevens te bevatten');
    expect(response.body).toContain('<mark class="ko-privacy__block">Daan de Vries</mark>');
    expect(meetingCount()).toBe(0);
  });

  it('warns about a phone number in the location and saves after the coordinator confirms', async () => {
    await coordinator.get('/meetings/new');
    const form = { ...validForm, location: 'Gemeentehuis, bel bij de balie 072 123 4567', intent: 'gepland' };
    const warned = await coordinator.post('/meetings', form);
    expect(warned.statusCode).toBe(422);
    expect(warned.body).toContain('De tekst bij “Locatie” bevat misschien een persoonsgegeven');
    const fingerprint = /name="privacyConfirm" value="([0-9a-f]+)"/.exec(warned.body)?.[1] ?? '';
    const saved = await coordinator.post('/meetings', { ...form, privacyConfirm: fingerprint });
    expect(saved.statusCode).toBe(302);
    expect(meetingCount()).toBe(1);
    expect(sql('select form, category from privacy_confirmations')).toEqual([
      { form: 'meeting', category: 'phone' },
    ]);
  });
});

describe('changing a planned meeting', () => {
  it('records a new time and place for the invitations and shows the history', async () => {
    const meeting = aMeeting(ctx.deps.db);
    await coordinator.get(`/meetings/${meeting.id}/edit`);
    const saved = await coordinator.post(`/meetings/${meeting.id}`, {
      ...validForm,
      date: '2026-04-15',
      location: 'Politiebureau Heerhugowaard',
      intent: 'gepland',
    });
    expect(saved.statusCode).toBe(302);

    const recorded = changes(meeting.id).slice(-2);
    expect(recorded.map((c) => c.kind)).toEqual(['time', 'place']);
    expect(JSON.parse(recorded[0]?.details ?? '{}')).toEqual({
      before: { startsAt: '2026-04-14T13:00:00.000Z', endsAt: '2026-04-14T15:00:00.000Z' },
      after: { startsAt: '2026-04-15T13:00:00.000Z', endsAt: '2026-04-15T15:00:00.000Z' },
    });
    expect(recorded.every((c) => c.changed_by === world.coordinator.id && c.notified_at === null)).toBe(true);
    // The deadline was the default, so it moved along with the date.
    expect(meetingRow(meeting.id)?.topic_deadline).toBe('2026-03-25T22:59:00.000Z');
    // No invitation has been sent yet: the first one will still go out with SEQUENCE 0.
    expect(meetingRow(meeting.id)?.sequence).toBe(0);

    const page = await coordinator.get(`/meetings/${meeting.id}`);
    expect(page.body).toContain(
      'Tijd gewijzigd van dinsdag 14 april 2026, 15:00–17:00 naar woensdag 15 april 2026, 15:00–17:00',
    );
    expect(page.body).toContain(
      'Locatie gewijzigd van Gemeentehuis, zaal De Waard naar Politiebureau Heerhugowaard',
    );
    expect(page.body).toContain('nog niet');
    expect(page.body).toContain('Definitief gepland');

    // An invited school sees what changed for it, not the coordinator's bookkeeping.
    anInvitation(ctx.deps.db, meeting.id, world.schoolMember.id);
    const school = await sessionAgent(ctx, world.schoolMember.id).get(`/meetings/${meeting.id}`);
    expect(school.statusCode).toBe(200);
    expect(school.body).toContain(
      'Locatie gewijzigd van Gemeentehuis, zaal De Waard naar Politiebureau Heerhugowaard',
    );
    expect(school.body).not.toContain('Aangemaakt');
    expect(school.body).not.toContain('Definitief gepland');
  });

  it('raises the SEQUENCE once invitations have gone out', async () => {
    const meeting = aMeeting(ctx.deps.db);
    anInvitation(ctx.deps.db, meeting.id, world.schoolMember.id, { sentSequence: 0 });
    await coordinator.get(`/meetings/${meeting.id}/edit`);
    await coordinator.post(`/meetings/${meeting.id}`, {
      ...validForm,
      startTime: '14:00',
      intent: 'gepland',
    });
    expect(meetingRow(meeting.id)?.sequence).toBe(1);
    // A title change is not a calendar update.
    await coordinator.post(`/meetings/${meeting.id}`, {
      ...validForm,
      startTime: '14:00',
      title: 'Nieuwe titel',
    });
    expect(meetingRow(meeting.id)?.sequence).toBe(1);
  });

  it('keeps the input and refuses an invalid online link', async () => {
    const meeting = aMeeting(ctx.deps.db);
    await coordinator.get(`/meetings/${meeting.id}/edit`);
    const response = await coordinator.post(`/meetings/${meeting.id}`, {
      ...validForm,
      onlineUrl: 'http://onveilig.example',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Vul een link in die begint met https://');
    expect(response.body).toContain('value="http://onveilig.example"');
    expect(changes(meeting.id).map((c) => c.kind)).toEqual(['created', 'planned']);
  });
});

describe('cancelling and holding', () => {
  it('asks why, records the cancel and shows it on the meeting page', async () => {
    const meeting = aMeeting(ctx.deps.db);
    anInvitation(ctx.deps.db, meeting.id, world.schoolMember.id, { sentSequence: 0 });
    const form = await coordinator.get(`/meetings/${meeting.id}/cancel`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(
      '<legend class="utrecht-form-fieldset__legend">Waarom gaat het overleg niet door?</legend>',
    );

    const noReason = await coordinator.post(`/meetings/${meeting.id}/cancel`, {});
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Kies waarom het overleg niet doorgaat.');
    const made = await coordinator.post(`/meetings/${meeting.id}/cancel`, { reason: 'made-up' });
    expect(made.statusCode).toBe(422);
    expect(meetingRow(meeting.id)?.status).toBe('gepland');

    const done = await coordinator.post(`/meetings/${meeting.id}/cancel`, {
      reason: 'te-weinig-agendapunten',
    });
    expect(done.statusCode).toBe(302);
    expect(meetingRow(meeting.id)).toMatchObject({
      status: 'geannuleerd',
      cancel_reason: 'te-weinig-agendapunten',
      sequence: 1,
    });
    // The invitee was sent the CANCEL in the same step (see test/invitations), so nothing is left to tell.
    expect(changes(meeting.id).at(-1)).toMatchObject({
      kind: 'cancelled',
      notified_at: '2026-03-02T09:00:00.000Z',
    });
    expect(createMeetingsRepository(ctx.deps.db).unnotifiedChanges()).toEqual([]);
    expect(sql('select to_address, ical_method from outbox')).toEqual([
      { to_address: world.schoolMember.email, ical_method: 'CANCEL' },
    ]);

    const page = await coordinator.get(`/meetings/${meeting.id}`);
    expect(page.body).toContain('Dit overleg is geannuleerd. Reden: te weinig agendapunten.');
    expect(page.body).toContain('Geannuleerd: te weinig agendapunten');
    expect(page.body).not.toContain(`href="/meetings/${meeting.id}/edit"`);

    const again = await coordinator.post(`/meetings/${meeting.id}/cancel`, { reason: 'overmacht' });
    expect(again.statusCode).toBe(409);
    const edit = await coordinator.post(`/meetings/${meeting.id}`, validForm);
    expect(edit.statusCode).toBe(409);
    expect(edit.body).toContain('kun je niet meer wijzigen');
  });

  it('sends the topics still open for a cancelled meeting to “a later meeting”, where the coordinator decides on them again', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const theme = aTheme(ctx.deps.db);
    const on = { organisationId: world.school.id, themeId: theme.id, meetingId: meeting.id };
    const submitted = aTopic(ctx.deps.db, { ...on, title: 'Vapes' });
    const accepted = aTopic(ctx.deps.db, { ...on, title: 'Vuurwerk', status: 'geagendeerd' });
    createAgendaRepository(ctx.deps.db).addTopic(meeting.id, accepted.id, 15, null);
    const merged = aTopic(ctx.deps.db, {
      ...on,
      title: 'Vuurwerk rond school',
      status: 'samengevoegd',
      mergedIntoId: accepted.id,
    });
    const declined = aTopic(ctx.deps.db, { ...on, title: 'Messen', status: 'afgewezen' });
    await coordinator.get(`/meetings/${meeting.id}/cancel`);
    await coordinator.post(`/meetings/${meeting.id}/cancel`, { reason: 'nieuwe-datum' });

    expect(
      sql<object>('select id, meeting_id, status from topics order by id').map((row) => Object.values(row)),
    ).toEqual([
      [submitted.id, null, 'ingediend'],
      [accepted.id, null, 'doorgeschoven'],
      [merged.id, null, 'samengevoegd'],
      [declined.id, meeting.id, 'afgewezen'],
    ]);
    expect(sql('select topic_id from agenda_items where topic_id is not null')).toEqual([]);
    const overview = await coordinator.get('/topics');
    expect(overview.body).toContain('2 agendapunten ingediend voor een later overleg.');
    const next = aMeeting(ctx.deps.db, { title: 'Nieuwe datum' });
    const triage = await coordinator.get(`/meetings/${next.id}/topics`);
    expect(triage.body).toContain('Vapes');
    expect(triage.body).toContain('Vuurwerk rond school');
  });

  it('marks a meeting as held only after it began', async () => {
    const meeting = aMeeting(ctx.deps.db);
    await coordinator.get(`/meetings/${meeting.id}`);
    const early = await coordinator.post(`/meetings/${meeting.id}/held`);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Dit overleg is nog niet begonnen');

    ctx.clock.set('2026-04-14T15:30:00.000Z');
    // Weeks later: a new session, the old one has timed out.
    const later = sessionAgent(ctx, world.coordinator.id);
    const page = await later.get(`/meetings/${meeting.id}`);
    expect(page.body).toContain('Markeer als gehouden');
    expect((await later.post(`/meetings/${meeting.id}/held`)).statusCode).toBe(302);
    expect(meetingRow(meeting.id)?.status).toBe('gehouden');
  });

  it('sends the topics a held meeting never got to (not triaged) to “a later meeting”, and keeps those on its agenda', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const theme = aTheme(ctx.deps.db);
    const on = { organisationId: world.school.id, themeId: theme.id, meetingId: meeting.id };
    const submitted = aTopic(ctx.deps.db, { ...on, title: 'Vapes' });
    const deferred = aTopic(ctx.deps.db, { ...on, title: 'Lachgas', status: 'doorgeschoven' });
    const merged = aTopic(ctx.deps.db, {
      ...on,
      title: 'Lachgas bij het station',
      status: 'samengevoegd',
      mergedIntoId: deferred.id,
    });
    const accepted = aTopic(ctx.deps.db, { ...on, title: 'Vuurwerk', status: 'geagendeerd' });
    createAgendaRepository(ctx.deps.db).addTopic(meeting.id, accepted.id, 15, null);

    ctx.clock.set('2026-04-14T15:30:00.000Z');
    const agent = sessionAgent(ctx, world.coordinator.id);
    await agent.get(`/meetings/${meeting.id}`);
    const held = await agent.post(`/meetings/${meeting.id}/held`);
    expect(held.statusCode).toBe(302);
    const page = await agent.get(`/meetings/${meeting.id}`);
    expect(page.body).toContain(
      'Het overleg is gemarkeerd als gehouden. De 2 agendapunten die nog niet beoordeeld waren, staan nu bij “later overleg”.',
    );
    expect(
      sql<object>('select id, meeting_id, status from topics order by id').map((row) => Object.values(row)),
    ).toEqual([
      [submitted.id, null, 'ingediend'],
      [deferred.id, null, 'doorgeschoven'],
      [merged.id, null, 'samengevoegd'],
      [accepted.id, meeting.id, 'geagendeerd'],
    ]);
    expect(sql('select topic_id from agenda_items where topic_id is not null')).toEqual([
      { topic_id: accepted.id },
    ]);
    expect((await agent.get('/topics')).body).toContain('2 agendapunten ingediend voor een later overleg.');
    // The start page says so, with a link to where they are listed.
    const next = aMeeting(ctx.deps.db, { title: 'Ketenoverleg najaar', date: '2026-10-06' });
    const start = await agent.get('/');
    expect(start.body).toContain(
      `<a href="/meetings/${next.id}/topics#triage-later">2 agendapunten voor een later overleg wachten op je besluit</a>`,
    );
    expect((await agent.get(`/meetings/${next.id}/topics`)).body).toMatch(
      /id="triage-later">Ingediend voor een later overleg <span class="ko-count">\(2\)</,
    );
    // The school is told, and finds them under "a later meeting" too.
    await deliverDue(ctx.deps, ctx.config);
    expect(ctx.transport.sent.map((mail) => mail.subject).sort()).toEqual([
      'Je agendapunt “Lachgas”: doorgeschoven',
      'Je agendapunt “Vapes”: doorgeschoven',
    ]);
    const school = await sessionAgent(ctx, world.schoolMember.id).get('/topics');
    const later = school.body.slice(school.body.indexOf('Voor een later overleg'));
    expect(later).toContain('Vapes');
    expect(later).toContain('Lachgas');
  });
});

describe('who sees which meeting', () => {
  it('shows schools and core partners every planned meeting, but not concepts', async () => {
    const planned = aMeeting(ctx.deps.db, { title: 'Het geplande overleg' });
    const concept = aMeeting(ctx.deps.db, { title: 'Het concept', status: 'concept', date: '2026-10-06' });
    const held = aMeeting(ctx.deps.db, {
      title: 'Het vorige overleg',
      status: 'gehouden',
      date: '2025-10-07',
    });
    const school = sessionAgent(ctx, world.schoolMember.id);

    const list = await school.get('/meetings');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Het geplande overleg');
    expect(list.body).toContain('Het vorige overleg');
    expect(list.body).not.toContain('Het concept');
    expect(list.body.indexOf('Het geplande overleg')).toBeLessThan(list.body.indexOf('Eerdere overleggen'));
    expect(list.body.indexOf('Het vorige overleg')).toBeGreaterThan(list.body.indexOf('Eerdere overleggen'));

    expect((await school.get(`/meetings/${planned.id}`)).statusCode).toBe(200);
    expect((await school.get(`/meetings/${held.id}`)).statusCode).toBe(200);
    const hidden = await school.get(`/meetings/${concept.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('Het concept');

    const coordinatorList = await coordinator.get('/meetings');
    expect(coordinatorList.body).toContain('Het concept');
  });

  it('shows an optional partner only the meetings one of its contacts is invited to', async () => {
    const meeting = aMeeting(ctx.deps.db, { title: 'Overleg over vapes' });
    const partner = sessionAgent(ctx, world.partnerMember.id);
    expect((await partner.get(`/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await partner.get('/meetings')).body).not.toContain('Overleg over vapes');

    const colleague = aContact(ctx.deps.db, world.partner.id, { access: 'none' });
    anInvitation(ctx.deps.db, meeting.id, colleague.id);
    expect((await partner.get(`/meetings/${meeting.id}`)).statusCode).toBe(200);
    expect((await partner.get('/meetings')).body).toContain('Overleg over vapes');
  });

  it('lets only the coordinator change meetings, and members see no buttons for it', async () => {
    const meeting = aMeeting(ctx.deps.db);
    const school = sessionAgent(ctx, world.schoolMember.id);
    const page = await school.get(`/meetings/${meeting.id}`);
    expect(page.body).not.toContain('Overleg annuleren');
    expect(page.body).not.toContain('>Wijzigen<');
    for (const url of ['/meetings/new', `/meetings/${meeting.id}/edit`, `/meetings/${meeting.id}/cancel`]) {
      expect((await school.get(url)).statusCode, url).toBe(403);
    }
    const post = await school.post(`/meetings/${meeting.id}/cancel`, { reason: 'overmacht' });
    expect(post.statusCode).toBe(403);
    expect(meetingRow(meeting.id)?.status).toBe('gepland');

    const anonymous = await new Agent(ctx.app).get(`/meetings/${meeting.id}`);
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toBe(`/login?next=%2Fmeetings%2F${meeting.id}`);
  });

  it('answers an unknown meeting with not found', async () => {
    expect((await coordinator.get('/meetings/999')).statusCode).toBe(404);
    expect((await coordinator.get('/meetings/abc')).statusCode).toBe(404);
  });
});

describe('the dashboard', () => {
  it('shows the next meeting and the days left to send in topics', async () => {
    aMeeting(ctx.deps.db, { title: 'Voorbij', status: 'gehouden', date: '2025-10-07' });
    aMeeting(ctx.deps.db, { title: 'Het volgende overleg', date: '2026-04-14' });
    const school = sessionAgent(ctx, world.schoolMember.id);
    const home = await school.get('/');
    expect(home.body).toContain('Het volgende overleg');
    expect(home.body).toContain('dinsdag 14 april 2026, 15:00–17:00');
    expect(home.body).toContain('Agendapunten indienen: nog 22 dagen, tot en met dinsdag 24 maart 2026.');
    expect(home.body).not.toContain('Voorbij');

    ctx.clock.set('2026-03-24T12:00:00.000Z');
    expect((await sessionAgent(ctx, world.schoolMember.id).get('/')).body).toContain(
      'vandaag is de laatste dag (dinsdag 24 maart 2026)',
    );
  });

  it('says when there is no next meeting and points the coordinator to the planner', async () => {
    const home = await coordinator.get('/');
    expect(home.body).toContain('Er is nog geen volgend overleg gepland.');
    expect(home.body).toContain('href="/planner"');
  });
});

describe('the list of past meetings', () => {
  it('shows this year and last year by year, and links to each older year', async () => {
    for (const date of ['2019-10-08', '2023-04-11', '2025-03-18', '2025-10-07', '2026-02-10'])
      aMeeting(ctx.deps.db, { date, title: `Overleg ${date}`, status: 'gehouden' });
    const list = await coordinator.get('/meetings');
    expect(list.statusCode).toBe(200);
    const headings = [...list.body.matchAll(/<h3 class="utrecht-heading-3"[^>]*>([^<]+)<\/h3>/g)].map(
      (m) => m[1],
    );
    expect(headings).toEqual(['2026', '2025', 'Andere jaren']);
    expect(list.body.indexOf('Overleg 2026-02-10')).toBeLessThan(list.body.indexOf('Overleg 2025-10-07'));
    expect(list.body.indexOf('Overleg 2025-10-07')).toBeLessThan(list.body.indexOf('Overleg 2025-03-18'));
    expect(list.body).not.toContain('Overleg 2023-04-11');
    expect(list.body).toContain('<a class="utrecht-link" href="/meetings?jaar=2023">2023</a>');
    expect(list.body).toContain('<a class="utrecht-link" href="/meetings?jaar=2019">2019</a>');

    const older = await coordinator.get('/meetings?jaar=2023');
    expect(older.body).toContain('Overleggen in 2023');
    expect(older.body).toContain('Overleg 2023-04-11');
    expect(older.body).not.toContain('Overleg 2025-10-07');
    expect(older.body).toContain('<a class="utrecht-link" href="/meetings">De laatste twee jaar</a>');
    expect(older.body).toContain('href="/meetings?jaar=2025"');

    const empty = await coordinator.get('/meetings?jaar=2021');
    expect(empty.body).toContain('Geen overleggen in 2021.');
  });
});
