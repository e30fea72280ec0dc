// Minutes and agreements through the routes: only the coordinator records and confirms, members update only their own
// organisation's agreements, failed saves keep every field, carry-over, the register's CSV, and the mail.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/agenda/agenda.repository.js';
import { runHousekeeping } from '../../src/jobs/housekeeping.js';
import { parseCsv } from '../../src/shared/csv.js';
import { anAgreement } from '../helpers/agreement-builders.js';
import { aContact, anOrganisation } from '../helpers/builders.js';
import { databaseBytes } from '../helpers/database-file.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

// During the April meeting (Tuesday 14 April 2026, 15:00–17:00 in Amsterdam).
const { ctx, world, sql } = useTestApp({ start: '2026-04-14T14:00:00.000Z' });
let meeting: ReturnType<typeof aMeeting>;
let itemId: number;

beforeEach(() => {
  meeting = aMeeting(ctx.deps.db);
  createAgendaRepository(ctx.deps.db).ensureStandingItems(meeting.id);
  itemId = createAgendaRepository(ctx.deps.db).items(meeting.id)[1]?.id ?? 0;
});

const count = (table: string) => sql<{ n: number }>(`select count(*) as n from ${table}`)[0]?.n ?? 0;

const recordForm = (overrides: Record<string, string | string[]> = {}) => ({
  count: '1',
  minutes: 'De partners bespraken de toename van vapes in de onderbouw.',
  'a0-text': 'Halt geeft voorlichting over vapes; regels op 1; 2 en 3 “aanpak”',
  'a0-owners': [String(world.school.id)],
  'a0-dueKind': 'date',
  'a0-dueDate': '2026-06-01',
  'a0-status': 'open',
  ...overrides,
});

describe('recording minutes and agreements', () => {
  it('lets the coordinator record an item: minutes, the agreement with its owner, and the meeting becomes gehouden', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const form = await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Vastleggen: Verslag vorige keer');
    const saved = await coordinator.post(`/meetings/${meeting.id}/verslag/${itemId}`, recordForm());
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe(`/meetings/${meeting.id}/verslag#item-${itemId}`);

    expect(sql('select text, status, due_date as dueDate from agreements')).toEqual([
      {
        text: 'Halt geeft voorlichting over vapes; regels op 1; 2 en 3 “aanpak”',
        status: 'open',
        dueDate: '2026-06-01',
      },
    ]);
    expect(sql('select organisation_id as id from agreement_owners')).toEqual([{ id: world.school.id }]);
    expect(sql('select text, status from minutes')).toEqual([
      { text: 'De partners bespraken de toename van vapes in de onderbouw.', status: 'concept' },
    ]);
    // Through the meetings module's own action: its status, its change record and its audit entry.
    expect(sql('select status from meetings where id = ?', meeting.id)).toEqual([{ status: 'gehouden' }]);
    expect(sql("select kind from meeting_changes where kind = 'held'")).toHaveLength(1);
    expect(sql("select action, entity from audit_log where entity in ('minutes', 'meeting')")).toEqual(
      expect.arrayContaining([
        { action: 'record', entity: 'minutes' },
        { action: 'hold', entity: 'meeting' },
      ]),
    );

    const page = await coordinator.get(`/meetings/${meeting.id}/verslag`);
    expect(page.body).toContain('De partners bespraken de toename van vapes in de onderbouw.');
    expect(page.body).toContain('Testcollege · Uiterlijk maandag 1 juni 2026');
  });

  it('refuses members: they cannot open or post the recording form', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    await member.get('/');
    expect((await member.get(`/meetings/${meeting.id}/verslag/${itemId}`)).statusCode).toBe(403);
    expect((await member.post(`/meetings/${meeting.id}/verslag/${itemId}`, recordForm())).statusCode).toBe(
      403,
    );
    expect(count('agreements')).toBe(0);
  });

  it('keeps every field of every agreement when the save fails, and stores nothing', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    const response = await coordinator.post(
      `/meetings/${meeting.id}/verslag/${itemId}`,
      recordForm({
        count: '2',
        'a1-text': 'Jongerenwerk zoekt de hangplekken op',
        'a1-dueKind': 'next',
        'a1-status': 'open',
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Kies bij afspraak 2 wie de afspraak uitvoert.');
    expect(response.body).toContain('href="#field-a1-owners"');
    expect(response.body).toContain('De partners bespraken de toename van vapes in de onderbouw.</textarea>');
    expect(response.body).toContain(
      'Halt geeft voorlichting over vapes; regels op 1; 2 en 3 “aanpak”</textarea>',
    );
    expect(response.body).toContain('Jongerenwerk zoekt de hangplekken op</textarea>');
    expect(response.body).toContain('value="2026-06-01"');
    expect(response.body).toMatch(new RegExp(`name="a0-owners" value="${world.school.id}" checked`));
    expect(response.body).toMatch(/id="a1-dueKind-next" name="a1-dueKind" value="next" checked/);
    expect(count('agreements')).toBe(0);
    expect(count('minutes')).toBe(0);
    expect(sql('select status from meetings where id = ?', meeting.id)).toEqual([{ status: 'gepland' }]);
  });

  it('adds another agreement block without saving, keeping what was typed', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    const response = await coordinator.post(`/meetings/${meeting.id}/verslag/${itemId}`, {
      ...recordForm(),
      intent: 'add',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('name="count" value="2"');
    expect(response.body).toContain('Afspraak 2</legend>');
    expect(response.body).toContain(
      'Halt geeft voorlichting over vapes; regels op 1; 2 en 3 “aanpak”</textarea>',
    );
    expect(count('agreements')).toBe(0);
  });

  it('blocks a pupil’s name in an agreement: shown marked, stored nowhere', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    const response = await coordinator.post(
      `/meetings/${meeting.id}/verslag/${itemId}`,
      recordForm({ 'a0-text': 'Halt spreekt met Daan Zwanenburg uit 3B over vapes' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Afspraak 1” lijkt persoonsgegevens te bevatten.');
    expect(response.body).toContain('<mark class="ko-privacy__block">Daan Zwanenburg</mark>');
    expect(count('agreements')).toBe(0);
    expect(databaseBytes(ctx)).not.toContain('Zwanenburg');
  });

  it('does not record a meeting that has not started yet', async () => {
    ctx.clock.set('2026-04-14T12:00:00.000Z');
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const response = await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Je kunt het verslag vastleggen zodra het overleg begonnen is.');
  });
});

describe('an agreement for its owners', () => {
  let agreementId: number;
  let otherMember: ReturnType<typeof aContact>;

  beforeEach(() => {
    agreementId = anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Testcollege deelt de huisregels over vapes',
    }).id;
    const otherSchool = anOrganisation(ctx.deps.db, { name: 'Andere school', kind: 'school' });
    otherMember = aContact(ctx.deps.db, otherSchool.id, { email: 'zorg@andere.example' });
  });

  it('shows a member their organisation’s open agreements on the dashboard', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    const dashboard = await member.get('/');
    expect(dashboard.body).toContain('Open afspraken van Testcollege');
    expect(dashboard.body).toContain(
      `href="/agreements/${agreementId}">Testcollege deelt de huisregels over vapes</a>`,
    );
    const other = await sessionAgent(ctx, otherMember.id).get('/');
    expect(other.body).not.toContain('Testcollege deelt de huisregels over vapes');
    expect(other.body).toContain('Andere school heeft geen open afspraken.');
  });

  it('lets the owner add a progress note and report it done; the coordinator confirms', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    const page = await member.get(`/agreements/${agreementId}`);
    expect(page.statusCode).toBe(200);
    const note = await member.post(`/agreements/${agreementId}/notes`, {
      text: 'Besproken in het teamoverleg.',
    });
    expect(note.statusCode).toBe(302);
    // The same note sent again (a double click, or resent after the back button) is stored once.
    const again = await member.post(`/agreements/${agreementId}/notes`, {
      text: 'Besproken in het teamoverleg.',
    });
    expect(again.statusCode).toBe(302);
    expect(sql('select text, organisation_id as org from agreement_notes')).toEqual([
      { text: 'Besproken in het teamoverleg.', org: world.school.id },
    ]);
    expect((await member.post(`/agreements/${agreementId}/gereed`)).statusCode).toBe(302);
    expect((await member.get(`/agreements/${agreementId}`)).body).toContain('gereed gemeld');
    // Members cannot confirm.
    expect((await member.post(`/agreements/${agreementId}/bevestigen`)).statusCode).toBe(403);

    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/agreements/${agreementId}`);
    expect((await coordinator.post(`/agreements/${agreementId}/bevestigen`)).statusCode).toBe(302);
    expect(sql('select status from agreements')).toEqual([{ status: 'afgerond' }]);
    const history = await coordinator.get(`/agreements/${agreementId}`);
    expect(history.body).toContain('Gereed gemeld door Sietske School');
    expect(history.body).toContain('Status gewijzigd naar afgerond door Cora Coördinator');
  });

  it('answers 404 to a member of another organisation, for reading and for every change', async () => {
    const other = sessionAgent(ctx, otherMember.id);
    await other.get('/');
    expect((await other.get(`/agreements/${agreementId}`)).statusCode).toBe(404);
    expect((await other.post(`/agreements/${agreementId}/notes`, { text: 'Van een ander' })).statusCode).toBe(
      404,
    );
    expect((await other.post(`/agreements/${agreementId}/gereed`)).statusCode).toBe(404);
    expect(count('agreement_notes')).toBe(0);
    expect(sql('select reported_done_at as at from agreements')).toEqual([{ at: null }]);
  });

  it('blocks personal data in a progress note and keeps the typed note', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    await member.get(`/agreements/${agreementId}`);
    const response = await member.post(`/agreements/${agreementId}/notes`, {
      text: 'Gebeld met de moeder van Sem, 06-12345678.',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Voortgang melden” lijkt persoonsgegevens te bevatten.');
    expect(count('agreement_notes')).toBe(0);
    expect(databaseBytes(ctx)).not.toContain('12345678');
  });
});

describe("the coordinator's dashboard", () => {
  it('counts the open agreements reported done and those overdue, by date or by the next meeting having ended', async () => {
    const january = aMeeting(ctx.deps.db, { title: 'Ketenoverleg januari', date: '2026-01-20' });
    const owners = [world.school.id];
    // Reported done and due next meeting (the April meeting, which has not ended yet): awaiting a confirmation only.
    anAgreement(ctx.deps.db, {
      meetingId: january.id,
      ownerIds: owners,
      reportedDoneBy: world.schoolMember.id,
    });
    // Due on 1 April: overdue.
    anAgreement(ctx.deps.db, {
      meetingId: january.id,
      ownerIds: owners,
      due: { kind: 'date', date: '2026-04-01' },
    });
    // Due next meeting: overdue once the April meeting has ended.
    anAgreement(ctx.deps.db, { meetingId: january.id, ownerIds: owners });
    // Due later, and closed ones (even one reported done before it was closed): never counted.
    anAgreement(ctx.deps.db, {
      meetingId: january.id,
      ownerIds: owners,
      due: { kind: 'date', date: '2026-06-01' },
    });
    anAgreement(ctx.deps.db, {
      meetingId: january.id,
      ownerIds: owners,
      due: { kind: 'date', date: '2026-02-01' },
      status: 'afgerond',
      reportedDoneBy: world.schoolMember.id,
    });
    const coordinator = sessionAgent(ctx, world.coordinator.id);

    const during = (await coordinator.get('/')).body;
    expect(during).toContain('1 afspraak is gereed gemeld en wacht op je bevestiging');
    expect(during).toContain('1 afspraak is te laat');

    // After the April meeting (17:00 in Amsterdam) the agreements due "voor het volgende overleg" are overdue too.
    ctx.clock.set('2026-04-14T15:30:00.000Z');
    const after = (await coordinator.get('/')).body;
    expect(after).toContain('1 afspraak is gereed gemeld en wacht op je bevestiging');
    expect(after).toContain('3 afspraken zijn te laat');
  });
});

describe('carry-over to the next meeting', () => {
  it('shows an open agreement under "Openstaande afspraken" of the next agenda, where the coordinator closes it', async () => {
    ctx.deps.db.$client.prepare("update meetings set status = 'gehouden' where id = ?").run(meeting.id);
    const { id } = anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Kluisjescontrole afstemmen met de politie',
    });
    const done = anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      status: 'afgerond',
    });
    const next = aMeeting(ctx.deps.db, { date: '2026-10-06', title: 'Ketenoverleg oktober' });
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${next.id}/agenda/edit`);
    const agenda = await coordinator.get(`/meetings/${next.id}/agenda`);
    expect(agenda.body).toContain('Kluisjescontrole afstemmen met de politie');
    expect(agenda.body).not.toContain(done.text);
    expect(agenda.body).not.toContain('Er zijn geen openstaande afspraken.');
    expect(agenda.body).toContain(`href="/agreements/${id}?overleg=${next.id}"`);

    // Closed there: recorded as decided at the October meeting, still listed on its agenda as afgerond.
    await coordinator.get(`/agreements/${id}?overleg=${next.id}`);
    const closed = await coordinator.post(`/agreements/${id}/status`, {
      status: 'afgerond',
      meetingId: String(next.id),
      back: `/meetings/${next.id}/agenda`,
    });
    expect(closed.headers.location).toBe(`/meetings/${next.id}/agenda`);
    expect(sql('select meeting_id as m, status from agreement_events where kind = ?', 'status')).toEqual([
      { m: next.id, status: 'afgerond' },
    ]);
    const after = await coordinator.get(`/meetings/${next.id}/agenda`);
    expect(after.body).toContain('Kluisjescontrole afstemmen met de politie');
    expect(after.body).toContain(
      'Status gewijzigd naar afgerond door Cora Coördinator in Ketenoverleg oktober',
    );
  });

  it('links "Verslag vorige keer" to the previous minutes, and the coordinator establishes them there', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag/${itemId}`);
    await coordinator.post(`/meetings/${meeting.id}/verslag/${itemId}`, recordForm());
    const next = aMeeting(ctx.deps.db, { date: '2026-10-06', title: 'Ketenoverleg oktober' });
    await coordinator.get(`/meetings/${next.id}/agenda/edit`);
    const agenda = await coordinator.get(`/meetings/${next.id}/agenda`);
    expect(agenda.body).toContain(
      `href="/meetings/${meeting.id}/verslag">Verslag van ${meeting.title}</a> (concept)`,
    );
    const established = await coordinator.post(`/meetings/${meeting.id}/verslag/vaststellen`, {
      back: `/meetings/${next.id}/agenda`,
    });
    expect(established.headers.location).toBe(`/meetings/${next.id}/agenda`);
    expect(sql('select status from minutes')).toEqual([{ status: 'vastgesteld' }]);
    expect((await coordinator.get(`/meetings/${next.id}/agenda`)).body).toContain('(vastgesteld)');
  });
});

describe('the register', () => {
  it('exports a CSV that reads back to the same rows, with semicolons, quotes and line breaks inside texts and no formula', async () => {
    const tricky = 'Regels; afspraken en "huisregels"\nop twee regels';
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id, world.partner.id],
      text: tricky,
      due: { kind: 'date', date: '2026-06-01' },
    });
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.gemeente.id],
      text: '=HYPERLINK("http://x.example";"Gewoon")',
      status: 'afgerond',
    });
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const response = await coordinator.get('/agreements.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="afspraken-2026-04-14.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(response.body);
    expect(rows).toEqual([
      ['Nummer', 'Afspraak', 'Eigenaar', 'Overleg', 'Agendapunt', 'Thema', 'Uiterlijk', 'Status', 'Te laat'],
      [
        expect.any(String),
        tricky,
        'Testcollege, Testpartner',
        '14-04-2026',
        '',
        '',
        '01-06-2026',
        'open',
        'nee',
      ],
      [
        expect.any(String),
        // Excel shows it as text instead of running it.
        `'=HYPERLINK("http://x.example";"Gewoon")`,
        'Gemeente Testwaard',
        '14-04-2026',
        '',
        '',
        'voor het volgende overleg',
        'afgerond',
        'nee',
      ],
    ]);
  });

  it('filters by organisation, status and overdue; the coordinator reaches it from the navigation', async () => {
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Van de school',
      due: { kind: 'date', date: '2026-04-01' },
    });
    anAgreement(ctx.deps.db, { meetingId: meeting.id, ownerIds: [world.partner.id], text: 'Van de partner' });
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const all = await coordinator.get('/agreements');
    expect(all.body).toContain(
      '<a class="ko-nav__link" href="/agreements" aria-current="page">Afspraken</a>',
    );
    expect(all.body).toContain('Van de school');
    expect(all.body).toContain('Van de partner');
    const school = await coordinator.get(`/agreements?organisatie=${world.school.id}`);
    expect(school.body).toContain('Van de school');
    expect(school.body).not.toContain('Van de partner');
    const overdue = await coordinator.get('/agreements?telaat=ja');
    expect(overdue.body).toContain('Van de school');
    expect(overdue.body).not.toContain('Van de partner');
    const print = await coordinator.get(`/agreements/print?organisatie=${world.school.id}`);
    expect(print.body).toContain('Filter: Testcollege');
    expect((await sessionAgent(ctx, world.schoolMember.id).get('/agreements')).statusCode).toBe(403);
  });
});

describe('the register over the years', () => {
  let older: ReturnType<typeof aMeeting>;
  let last: ReturnType<typeof aMeeting>;
  beforeEach(() => {
    older = aMeeting(ctx.deps.db, { title: 'Overleg 2024', date: '2024-10-08', status: 'gehouden' });
    last = aMeeting(ctx.deps.db, { title: 'Overleg 2025', date: '2025-10-07', status: 'gehouden' });
    const db = ctx.deps.db;
    const owners = [world.school.id];
    anAgreement(db, {
      meetingId: older.id,
      ownerIds: owners,
      text: 'Open uit 2024',
      due: { kind: 'date', date: '2026-12-01' },
    });
    anAgreement(db, { meetingId: older.id, ownerIds: owners, text: 'Afgerond in 2024', status: 'afgerond' });
    anAgreement(db, { meetingId: last.id, ownerIds: owners, text: 'Vervallen in 2025', status: 'vervallen' });
    anAgreement(db, {
      meetingId: last.id,
      ownerIds: owners,
      text: 'Te laat uit 2025',
      due: { kind: 'date', date: '2026-01-15' },
    });
    anAgreement(db, {
      meetingId: meeting.id,
      ownerIds: owners,
      text: 'Afgerond in 2026',
      status: 'afgerond',
    });
    anAgreement(db, { meetingId: meeting.id, ownerIds: owners, text: 'Open uit 2026' });
  });

  const texts = (body: string) =>
    [...body.matchAll(/<th class="utrecht-table__cell ko-register__text ko-lines" scope="row">([^<]+)/g)].map(
      (match) => match[1],
    );

  it('shows every open agreement, overdue first, and the closed ones of the latest year, with the other years a link away', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const page = await coordinator.get('/agreements');
    expect(texts(page.body)).toEqual([
      'Te laat uit 2025',
      'Open uit 2024',
      'Open uit 2026',
      'Afgerond in 2026',
    ]);
    expect(page.body).toContain(
      'Je ziet alle openstaande afspraken en de afgeronde en vervallen afspraken uit de overleggen van 2026.',
    );
    expect(page.body).toContain('<a class="utrecht-link" href="/agreements" aria-current="page">2026</a>');
    expect(page.body).toContain('<a class="utrecht-link" href="/agreements?jaar&#x3D;2024">2024</a>');
    expect(page.body).toContain('<a class="utrecht-link" href="/agreements?jaar&#x3D;alle">Alle jaren</a>');
    // The CSV and the printed list hold what the page shows.
    const csv = parseCsv((await coordinator.get('/agreements.csv')).body);
    expect(csv.slice(1).map((row) => row[1])).toEqual(texts(page.body));
    const print = await coordinator.get('/agreements/print');
    expect(texts(print.body)).toEqual(texts(page.body));
    expect(print.body).toContain('afgerond en vervallen uit 2026');
  });

  it('shows the closed agreements of a chosen year, or of every year, keeping the other filters', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const year2025 = await coordinator.get(`/agreements?organisatie=${world.school.id}&jaar=2025`);
    expect(texts(year2025.body)).toEqual([
      'Te laat uit 2025',
      'Open uit 2024',
      'Open uit 2026',
      'Vervallen in 2025',
    ]);
    expect(year2025.body).toContain(
      `<a class="utrecht-link" href="/agreements?organisatie&#x3D;${world.school.id}&amp;jaar&#x3D;2025" aria-current="page">2025</a>`,
    );
    // Filtering again keeps the chosen year.
    expect(year2025.body).toContain('<input type="hidden" name="jaar" value="2025">');
    const all = await coordinator.get('/agreements?jaar=alle');
    expect(texts(all.body)).toHaveLength(6);
    expect(all.body).toContain('Je ziet de afspraken uit alle jaren.');
    const closed2024 = await coordinator.get('/agreements?status=afgerond&jaar=2024');
    expect(texts(closed2024.body)).toEqual(['Afgerond in 2024']);
    expect(closed2024.body).toContain(
      'Je ziet de afspraken met de status “afgerond” uit de overleggen van 2024.',
    );
    // A year without meetings, or nonsense, falls back to the latest.
    expect(texts((await coordinator.get('/agreements?jaar=1999')).body)).toEqual(
      texts((await coordinator.get('/agreements')).body),
    );
  });

  it('lists a chosen meeting or the open agreements whole, without the choice of year', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const atOlder = await coordinator.get(`/agreements?overleg=${older.id}`);
    expect(texts(atOlder.body)).toEqual(['Open uit 2024', 'Afgerond in 2024']);
    expect(atOlder.body).not.toContain('Alle jaren');
    const open = await coordinator.get('/agreements?status=open');
    expect(texts(open.body)).toEqual(['Te laat uit 2025', 'Open uit 2024', 'Open uit 2026']);
    expect(open.body).not.toContain('Alle jaren');
  });
});

describe('mail', () => {
  it('mails the agreement list to everyone invited, once per press of the button', async () => {
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Voorlichting over vapes',
    });
    ctx.deps.db.$client.prepare("update meetings set status = 'gehouden' where id = ?").run(meeting.id);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag`);
    const sent = await coordinator.post(`/meetings/${meeting.id}/afsprakenlijst`);
    expect(sent.statusCode).toBe(302);
    const mails = sql<{ to: string; subject: string; text: string }>(
      'select to_address as "to", subject, text from outbox where purpose like \'agreement-list:%\' order by to_address',
    );
    // The gemeente and the school are invited (core and school); the optional partner is not.
    expect(mails.map((mail) => mail.to)).toEqual([
      'coordinator@gemeente.example',
      'zorg@testcollege.example',
    ]);
    expect(mails[0]?.subject).toBe(
      'Afsprakenlijst van het ketenoverleg van dinsdag 14 april 2026, 15:00–17:00',
    );
    expect(mails[0]?.text).toContain(
      '- Voorlichting over vapes\n  open\n  Wie: Testcollege\n  Uiterlijk: voor het volgende overleg\n',
    );
    expect((await coordinator.get(`/meetings/${meeting.id}/verslag`)).body).toContain('aan 2 personen');
  });

  it('mails the agreement list to an invitee who gets no invitations by default, such as a colleague sent in', async () => {
    const colleague = aContact(ctx.deps.db, world.school.id, {
      name: 'Vera Vervanger',
      email: 'vera@testcollege.example',
      receivesInvitations: false,
    });
    anInvitation(ctx.deps.db, meeting.id, colleague.id, { sentSequence: 0 });
    ctx.deps.db.$client.prepare("update meetings set status = 'gehouden' where id = ?").run(meeting.id);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag`);
    expect((await coordinator.post(`/meetings/${meeting.id}/afsprakenlijst`)).statusCode).toBe(302);
    const mails = sql<{ to: string }>(
      'select to_address as "to" from outbox where purpose like \'agreement-list:%\' order by to_address',
    );
    expect(mails.map((mail) => mail.to)).toEqual([
      'coordinator@gemeente.example',
      'vera@testcollege.example',
      'zorg@testcollege.example',
    ]);
  });

  it('reminds the owner’s contacts once, the configured number of days before the due date', () => {
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Huisregels delen',
      due: { kind: 'date', date: '2026-05-01' },
    });
    ctx.clock.set('2026-04-23T09:00:00.000Z');
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ agreementReminders: 0 });
    ctx.clock.set('2026-04-24T09:00:00.000Z');
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ agreementReminders: 1 });
    expect(runHousekeeping(ctx.deps, ctx.config)).toMatchObject({ agreementReminders: 0 });
    expect(
      sql('select to_address as "to", subject from outbox where purpose like \'agreement-reminder:%\''),
    ).toEqual([
      { to: 'zorg@testcollege.example', subject: 'Herinnering: afspraak uiterlijk vrijdag 1 mei 2026' },
    ]);
  });

  it('mails an agreement of several lines with its line breaks, in the list and in the reminder', async () => {
    anAgreement(ctx.deps.db, {
      meetingId: meeting.id,
      ownerIds: [world.school.id],
      text: 'Halt geeft voorlichting & <b>ouders</b> krijgen een brief:\r\n- klas 1 “eerst”\r\n\r\n- daarna klas 2 🚸',
      due: { kind: 'date', date: '2026-05-01' },
    });
    ctx.deps.db.$client.prepare("update meetings set status = 'gehouden' where id = ?").run(meeting.id);
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get(`/meetings/${meeting.id}/verslag`);
    await coordinator.post(`/meetings/${meeting.id}/afsprakenlijst`);
    ctx.clock.set('2026-04-24T09:00:00.000Z');
    runHousekeeping(ctx.deps, ctx.config);
    const mail = (purpose: string) =>
      sql<{ html: string; text: string }>(
        'select html, text from outbox where to_address = ? and purpose like ?',
        'zorg@testcollege.example',
        `${purpose}:%`,
      )[0];
    const html =
      'Halt geeft voorlichting &amp; &lt;b&gt;ouders&lt;/b&gt; krijgen een brief:<br>- klas 1 “eerst”<br><br>- daarna klas 2 🚸';
    expect(mail('agreement-list')?.html).toContain(html);
    expect(mail('agreement-list')?.text).toContain(
      '- Halt geeft voorlichting & <b>ouders</b> krijgen een brief:\n  - klas 1 “eerst”\n\n  - daarna klas 2 🚸\n  open\n',
    );
    expect(mail('agreement-reminder')?.html).toContain(html);
    expect(mail('agreement-reminder')?.text).toContain(
      '  Halt geeft voorlichting & <b>ouders</b> krijgen een brief:\n  - klas 1 “eerst”\n\n  - daarna klas 2 🚸\n\n',
    );
  });
});
