// The insight page and the annual report over a database with known answers, and recording presence after a meeting.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import { anAgreement } from '../helpers/agreement-builders.js';
import { anOrganisation, aTheme } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting, anInvitation } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp({ start: '2026-11-20T09:00:00.000Z' });

const sql = (statement: string, ...params: unknown[]) =>
  ctx.deps.db.$client.prepare(statement).run(...params);
/** The text of a page without tags and with single spaces, as a reader sees it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let spring: ReturnType<typeof aMeeting>;
let autumn: ReturnType<typeof aMeeting>;

beforeEach(() => {
  const vapes = aTheme(ctx.deps.db, { name: 'Roken en vapes' });
  const knives = aTheme(ctx.deps.db, { name: 'Wapens en messen' });
  const other = anOrganisation(ctx.deps.db, { name: 'Halt', kind: 'core' });
  spring = aMeeting(ctx.deps.db, { title: 'Voorjaarsoverleg', date: '2026-04-14', status: 'gehouden' });
  autumn = aMeeting(ctx.deps.db, { title: 'Najaarsoverleg', date: '2026-10-06', status: 'gehouden' });
  // A cancelled meeting counts nowhere.
  aMeeting(ctx.deps.db, { title: 'Geannuleerd overleg', date: '2026-06-02', status: 'geannuleerd' });

  const submitted = (id: number, createdAt: string) =>
    sql('update topics set created_at = ? where id = ?', createdAt, id);
  const first = aTopic(ctx.deps.db, {
    organisationId: world.school.id,
    themeId: vapes.id,
    meetingId: spring.id,
    status: 'besproken',
    title: 'Vapes op het plein',
  });
  submitted(first.id, '2026-03-01T09:00:00.000Z');
  const merged = aTopic(ctx.deps.db, {
    organisationId: other.id,
    themeId: vapes.id,
    meetingId: spring.id,
    status: 'samengevoegd',
    mergedIntoId: first.id,
  });
  submitted(merged.id, '2026-03-02T09:00:00.000Z');
  for (const [day, organisationId] of [
    ['2026-09-01', world.school.id],
    ['2026-09-02', other.id],
  ] as const) {
    const topic = aTopic(ctx.deps.db, {
      organisationId,
      themeId: knives.id,
      meetingId: autumn.id,
      status: 'besproken',
    });
    submitted(topic.id, `${day}T09:00:00.000Z`);
  }

  // The school and the partner were invited to the spring meeting; only the school answered and came.
  const schoolContact = world.schoolMember.id;
  anInvitation(ctx.deps.db, spring.id, schoolContact, { sentSequence: 0 });
  anInvitation(ctx.deps.db, spring.id, world.partnerMember.id, { sentSequence: 0 });
  sql("update invitations set rsvp = 'ja' where contact_id = ? and meeting_id = ?", schoolContact, spring.id);
  sql(
    "insert into meeting_presence (meeting_id, organisation_id, present, recorded_at) values (?, ?, 1, '2026-04-14'), (?, ?, 0, '2026-04-14')",
    spring.id,
    world.school.id,
    spring.id,
    world.partner.id,
  );

  // Agreements at the spring meeting: one done on time, one done late, one overdue; and one still open in autumn.
  const due = (date: string) => ({ kind: 'date' as const, date });
  const onTime = anAgreement(ctx.deps.db, {
    meetingId: spring.id,
    ownerIds: [world.school.id],
    due: due('2026-06-01'),
    status: 'afgerond',
    text: 'Protocol vapes afstemmen',
  });
  const late = anAgreement(ctx.deps.db, {
    meetingId: spring.id,
    ownerIds: [world.school.id, other.id],
    due: due('2026-05-01'),
    status: 'afgerond',
  });
  anAgreement(ctx.deps.db, { meetingId: spring.id, ownerIds: [other.id], due: due('2026-09-01') });
  anAgreement(ctx.deps.db, { meetingId: autumn.id, ownerIds: [world.partner.id], due: due('2026-12-31') });
  const closed = (id: number, at: string) =>
    sql(
      "insert into agreement_events (agreement_id, kind, status, at) values (?, 'status', 'afgerond', ?)",
      id,
      at,
    );
  closed(onTime.id, '2026-05-20T10:00:00.000Z');
  closed(late.id, '2026-06-10T10:00:00.000Z');
});

describe('insight', () => {
  it('shows the year’s themes, participation and follow-through to the coordinator', async () => {
    const page = await sessionAgent(ctx, world.coordinator.id).get('/insight?jaar=2026&soort=kalenderjaar');
    expect(page.statusCode).toBe(200);
    const body = text(page.body);
    // Themes: merged counted once (with both organisations), the half-years of last year as zeros.
    expect(body).toContain(
      'Roken en vapes 0 punten · 0 org. 0 punten · 0 org. 1 punt · 2 org. 0 punten · 0 org. 1 punt · 2 org.',
    );
    expect(body).toContain(
      'Wapens en messen ▲ stijgend 0 punten · 0 org. 0 punten · 0 org. 0 punten · 0 org. 2 punten · 2 org.',
    );
    expect(page.body).toContain('<svg role="img" aria-labelledby="theme-chart-title theme-chart-desc"');
    expect(page.body).toMatch(
      /class="ko-chart__label ko-chart__label--rising">Wapens en messen ▲ stijgend<\/text>/,
    );
    // Participation: invited, answered, came per meeting; the cancelled meeting is not a column.
    expect(body).not.toContain('Geannuleerd overleg');
    expect(body).toContain(
      'Testcollege ja ja ja nee – niet vastgelegd 1× uitgenodigd, 1× gereageerd, aanwezig: 1',
    );
    expect(body).toContain(
      'Testpartner ja nee nee nee – niet vastgelegd 1× uitgenodigd, 0× gereageerd, aanwezig: 0',
    );
    // Follow-through: on time, late, open, overdue per organisation (two owners count for both) and in all.
    expect(body).toContain('Halt 2 0 1 0 1 0 50 %');
    expect(body).toContain('Testcollege 2 1 1 0 0 0 100 %');
    expect(body).toContain('Testpartner 1 0 0 1 0 0 0 %');
    expect(body).toContain('Totaal 4 1 1 1 1 0 50 %');
    expect(body).toContain('Zonder thema (vaste punten) 4');
  });

  it('shows members the same aggregates, without anyone’s contact details', async () => {
    const page = await sessionAgent(ctx, world.partnerMember.id).get('/insight?jaar=2026&soort=kalenderjaar');
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Totaal 4 1 1 1 1 0 50 %');
    for (const personal of ['Sietske School', 'zorg@testcollege.example', 'Cora Coördinator']) {
      expect(page.body).not.toContain(personal);
    }
    expect(page.body).toContain('href="/insight" aria-current="page">Inzicht</a>');
  });

  it('prints an annual report with the meetings and their agreements, aggregates only', async () => {
    const report = await sessionAgent(ctx, world.coordinator.id).get(
      '/insight/report?jaar=2026&soort=kalenderjaar',
    );
    expect(report.statusCode).toBe(200);
    const body = text(report.body);
    expect(body).toContain('Jaarverslag kennisuitwisseling 2026');
    expect(body).toContain('Voorjaarsoverleg · dinsdag 14 april 2026 (gehouden)');
    expect(body).toContain('Protocol vapes afstemmen Testcollege op tijd afgerond');
    expect(body).toContain('Najaarsoverleg · dinsdag 6 oktober 2026 (gehouden)');
    expect(report.body).toContain('href="/static/css/print.css" media="print"');
    // No contact names and no topic descriptions.
    for (const personal of ['Sietske School', 'Piet Partner', 'Een patroon dat we op school zien']) {
      expect(report.body).not.toContain(personal);
    }
  });

  it('shows every member the same report, each in their own page around it', async () => {
    const path = '/insight/report?jaar=2026&soort=kalenderjaar';
    const coordinator = await sessionAgent(ctx, world.coordinator.id).get(path);
    const member = await sessionAgent(ctx, world.schoolMember.id).get(path);
    const report = (body: string) =>
      /<article class="ko-agenda ko-report">[\s\S]*<\/article>/.exec(body)?.[0];
    expect(report(member.body)).toContain('Protocol vapes afstemmen');
    expect(report(member.body)).toBe(report(coordinator.body));
    // The header names who is logged in, and the logout form carries that viewer's own CSRF token.
    const header = (body: string) => /<span class="ko-user__name">([^<]*)/.exec(body)?.[1];
    const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    expect(header(coordinator.body)).toBe(`${world.coordinator.name} `);
    expect(header(member.body)).toBe(`${world.schoolMember.name} `);
    expect(token(member.body)).not.toBe(token(coordinator.body));
    // The kept report goes out as bytes: the page says how long it is in bytes, and its characters arrive intact.
    expect(Number(member.headers['content-length'])).toBe(Buffer.byteLength(member.body));
    expect(member.body).toContain('<title>Jaarverslag kennisuitwisseling 2026 – ');
    expect(member.body).not.toContain('<!--kept-->');
  });

  it('shows new figures as soon as the data changes, also when another process (the CLI) changed it', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    const total = async () =>
      /Totaal \d+ \d+ \d+ \d+ \d+ \d+ \d+ %/.exec(
        text((await agent.get('/insight/report?jaar=2026&soort=kalenderjaar')).body),
      )?.[0];
    expect(await total()).toBe('Totaal 4 1 1 1 1 0 50 %');
    expect(await total()).toBe('Totaal 4 1 1 1 1 0 50 %');
    // Through the app's own connection: a fifth agreement, open.
    anAgreement(ctx.deps.db, { meetingId: autumn.id, ownerIds: [world.school.id], text: 'Nog een afspraak' });
    expect(await total()).toBe('Totaal 5 1 1 2 1 0 40 %');
    // Through another connection to the same file, as `cli` would: that agreement is withdrawn again.
    const other = new Database(ctx.config.databaseFile);
    other.prepare('delete from agreement_owners where agreement_id = (select max(id) from agreements)').run();
    other.prepare('delete from agreements where id = (select max(id) from agreements)').run();
    other.close();
    expect(await total()).toBe('Totaal 4 1 1 1 1 0 50 %');
  });

  it('reads a school year from August to July, and a year without meetings says so', async () => {
    const agent = sessionAgent(ctx, world.coordinator.id);
    const school = text((await agent.get('/insight?jaar=2026&soort=schooljaar')).body);
    expect(school).toContain('schooljaar 2026-27');
    expect(school).toContain('Van zaterdag 1 augustus 2026 tot en met zaterdag 31 juli 2027.');
    // Only the autumn meeting is in school year 2026-27.
    expect(school).toContain('Totaal 1 0 0 1 0 0 0 %');
    // A meeting in 2024 makes 2025 a year to choose, in which nothing happened.
    aMeeting(ctx.deps.db, { title: 'Eerste overleg', date: '2024-10-01', status: 'gehouden' });
    const earlier = text((await agent.get('/insight?jaar=2025&soort=kalenderjaar')).body);
    expect(earlier).toContain('Van woensdag 1 januari 2025 tot en met woensdag 31 december 2025.');
    expect(earlier).toContain('In deze periode waren er geen overleggen met uitnodigingen.');
    expect(earlier).toContain('In deze periode zijn geen afspraken gemaakt.');
    // An unknown year or basis falls back to the current calendar year.
    expect(text((await agent.get('/insight?jaar=1999&soort=x')).body)).toContain(
      'Van donderdag 1 januari 2026',
    );
  });
});

describe('presence', () => {
  it('lets the coordinator record who was there after the meeting starts, and counts it', async () => {
    const upcoming = aMeeting(ctx.deps.db, { title: 'Winteroverleg', date: '2026-12-08' });
    anInvitation(ctx.deps.db, upcoming.id, world.schoolMember.id, { sentSequence: 0 });
    const agent = sessionAgent(ctx, world.coordinator.id);
    const before = await agent.get(`/meetings/${upcoming.id}`);
    expect(before.body).not.toContain('Aanwezigheid vastleggen');
    const early = await agent.post(`/meetings/${upcoming.id}/presence`, {
      present: [String(world.school.id)],
    });
    expect(early.statusCode).toBe(409);

    const page = await agent.get(`/meetings/${spring.id}`);
    expect(page.body).toContain('Aanwezigheid vastleggen');
    expect(page.body).toMatch(
      new RegExp(`id="present-${world.school.id}" name="present" value="${world.school.id}" checked`),
    );
    expect(page.body).toMatch(
      new RegExp(`id="present-${world.partner.id}" name="present" value="${world.partner.id}">`),
    );
    const saved = await agent.post(`/meetings/${spring.id}/presence`, {
      present: [String(world.school.id), String(world.partner.id)],
    });
    expect(saved.statusCode).toBe(302);
    expect(
      ctx.deps.db.$client
        .prepare(
          'select organisation_id, present from meeting_presence where meeting_id = ? order by organisation_id',
        )
        .all(spring.id),
    ).toEqual([
      { organisation_id: world.school.id, present: 1 },
      { organisation_id: world.partner.id, present: 1 },
    ]);
    const insight = text((await agent.get('/insight?jaar=2026&soort=kalenderjaar')).body);
    expect(insight).toContain(
      'Testpartner ja nee ja nee – niet vastgelegd nee – niet vastgelegd 1× uitgenodigd, 0× gereageerd, aanwezig: 1',
    );

    const member = sessionAgent(ctx, world.schoolMember.id);
    await member.get('/insight');
    expect((await member.post(`/meetings/${spring.id}/presence`, { present: [] })).statusCode).toBe(403);
  });
});
