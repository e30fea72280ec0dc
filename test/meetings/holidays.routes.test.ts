// The school-holiday table through the real routes: shipped with its source, corrected by the coordinator, read by the planner.
import { beforeEach, describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS } from '../../src/meetings/holidays.data.js';
import { seedSchoolHolidays } from '../../src/meetings/holidays.repository.js';
import type { Agent } from '../helpers/agent.js';
import { sessionAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(() => {
  coordinator = sessionAgent(ctx, world.coordinator.id);
});

const holiday = (schoolYear: string, kind: string) =>
  sql<{ id: number; start_date: string; end_date: string; advisory: number }>(
    "select id, start_date, end_date, advisory from school_holidays where region = 'noord' and school_year = ? and kind = ?",
    schoolYear,
    kind,
  )[0];

describe('the shipped table', () => {
  it('is in the database from the first start, and shown with its source', async () => {
    for (const region of ['noord', 'midden', 'zuid'] as const)
      expect(sql('select * from school_holidays where region = ?', region)).toHaveLength(
        SCHOOL_HOLIDAYS[region].length,
      );
    const page = await coordinator.get('/admin/holidays');
    expect(page.statusCode).toBe(200);
    for (const year of ['2025-2026', '2026-2027', '2027-2028'])
      expect(page.body).toContain(`Schooljaar ${year}`);
    expect(page.body).toContain('Bron: Rijksoverheid, Schoolvakanties 2025-2026 / 2026-2027 / 2027-2028.');
    expect(page.body).toContain('href="https://www.rijksoverheid.nl/onderwerpen/schoolvakanties"');
    expect(page.body).toContain('zaterdag 18 oktober 2025');
    expect(page.body).toContain('zoals Rijksoverheid');
    expect(page.body).not.toContain('aangepast');
    expect((await coordinator.get('/admin')).body).toContain('href="/admin/holidays"');
  });

  it('is never loaded over the coordinator’s own table', () => {
    ctx.deps.db.$client.prepare("delete from school_holidays where kind = 'herfst'").run();
    expect(seedSchoolHolidays(ctx.deps.db, ctx.clock.now())).toBe(0);
    expect(sql("select * from school_holidays where kind = 'herfst'")).toHaveLength(0);
  });
});

describe('the regions', () => {
  it('shows the installation’s region first, and the others with their source and the years not shipped', async () => {
    const own = await coordinator.get('/admin/holidays');
    expect(own.body).toContain('<h1 class="utrecht-heading-1">Schoolvakanties regio Noord</h1>');
    expect(own.body).toContain('href="/admin/holidays?regio=midden"');

    const midden = await coordinator.get('/admin/holidays?regio=midden');
    expect(midden.body).toContain('<h1 class="utrecht-heading-1">Schoolvakanties regio Midden</h1>');
    expect(midden.body).toContain('De datumplanner gebruikt die van regio Noord');
    expect(midden.body).toContain('zaterdag 14 februari 2026');
    expect(midden.body).not.toContain('zaterdag 21 februari 2026');
    expect(midden.body).toContain(
      'Voor schooljaar 2026-2027 zijn de vakanties van deze regio niet meegeleverd',
    );
    expect(midden.body).toContain('overzicht-schoolvakanties-2027-2028');
    expect(midden.body).not.toContain('Schooljaar 2026-2027');
  });

  it('adds a missing year to one region only', async () => {
    await coordinator.get('/admin/holidays/new?regio=zuid');
    const added = await coordinator.post('/admin/holidays', {
      region: 'zuid',
      schoolYear: '2026-2027',
      kind: 'kerst',
      startDate: '2026-12-19',
      endDate: '2027-01-03',
    });
    expect(added.statusCode).toBe(302);
    expect(added.headers.location).toBe('/admin/holidays?regio=zuid');
    expect(
      sql(
        "select region from school_holidays where school_year = '2026-2027' and kind = 'kerst' order by region",
      ),
    ).toEqual([{ region: 'noord' }, { region: 'zuid' }]);
  });
});

describe('correcting the table', () => {
  it('saves a school’s shifted herfstvakantie, marks it as changed, and the planner follows', async () => {
    const before = await coordinator.get('/planner?periode=2026-2&weekdays=2&startTime=15:00&endTime=17:00');
    expect(before.body).toContain(
      '<td class="utrecht-table__cell">dinsdag 13 oktober 2026</td><td class="utrecht-table__cell" data-label="Reden">in de herfstvakantie</td>',
    );

    const herfst = holiday('2026-2027', 'herfst');
    await coordinator.get(`/admin/holidays/${herfst?.id}/edit`);
    const saved = await coordinator.post(`/admin/holidays/${herfst?.id}`, {
      region: 'noord',
      schoolYear: '2026-2027',
      kind: 'herfst',
      startDate: '2026-10-17',
      endDate: '2026-10-25',
      advisory: 'on',
    });
    expect(saved.statusCode).toBe(302);
    expect(holiday('2026-2027', 'herfst')).toMatchObject({
      start_date: '2026-10-17',
      end_date: '2026-10-25',
      advisory: 1,
    });
    const page = await coordinator.get('/admin/holidays');
    expect(page.body).toContain('De herfstvakantie 2026-2027 is opgeslagen.');
    expect(page.body).toContain('aangepast');
    expect(sql("select action, entity from audit_log where entity = 'holiday'")).toEqual([
      { action: 'update', entity: 'holiday' },
    ]);

    const after = await coordinator.get('/planner?periode=2026-2&weekdays=2&startTime=15:00&endTime=17:00');
    expect(after.body).not.toContain(
      '<td class="utrecht-table__cell">dinsdag 13 oktober 2026</td><td class="utrecht-table__cell" data-label="Reden">in de herfstvakantie</td>',
    );
    expect(after.body).toContain(
      '<td class="utrecht-table__cell">dinsdag 20 oktober 2026</td><td class="utrecht-table__cell" data-label="Reden">in de herfstvakantie</td>',
    );
  });

  it('adds a new school year, which the planner then covers', async () => {
    await coordinator.get('/admin/holidays/new');
    const added = await coordinator.post('/admin/holidays', {
      region: 'noord',
      schoolYear: '2028-2029',
      kind: 'herfst',
      startDate: '2028-10-14',
      endDate: '2028-10-22',
      advisory: 'on',
    });
    expect(added.statusCode).toBe(302);
    const page = await coordinator.get('/admin/holidays');
    expect(page.body).toContain('Schooljaar 2028-2029');
    expect(page.body).toContain('zelf toegevoegd');
  });

  it('refuses impossible dates, a second herfstvakantie in a year and dates outside the school year', async () => {
    await coordinator.get('/admin/holidays/new');
    const backwards = await coordinator.post('/admin/holidays', {
      region: 'noord',
      schoolYear: '2028-2029',
      kind: 'kerst',
      startDate: '2029-01-06',
      endDate: '2028-12-23',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('De laatste vrije dag moet op of na de eerste vrije dag liggen.');
    expect(backwards.body).toContain('value="2029-01-06"');

    const duplicate = await coordinator.post('/admin/holidays', {
      region: 'noord',
      schoolYear: '2026-2027',
      kind: 'herfst',
      startDate: '2026-10-17',
      endDate: '2026-10-25',
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.body).toContain('Voor dit schooljaar en deze regio staat deze vakantie er al in.');

    const outside = await coordinator.post('/admin/holidays', {
      region: 'noord',
      schoolYear: '2028-2029',
      kind: 'zomer',
      startDate: '2029-10-06',
      endDate: '2029-10-14',
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.body).toContain('Deze data vallen buiten schooljaar 2028-2029');

    const badYear = await coordinator.post('/admin/holidays', {
      region: 'noord',
      schoolYear: '2028-2030',
      kind: 'zomer',
      startDate: '2029-07-07',
      endDate: '2029-08-19',
    });
    expect(badYear.body).toContain('Vul het schooljaar in als twee opeenvolgende jaren, zoals 2028-2029.');
    const noRegion = await coordinator.post('/admin/holidays', {
      region: 'oost',
      schoolYear: '2028-2029',
      kind: 'herfst',
      startDate: '2028-10-14',
      endDate: '2028-10-22',
    });
    expect(noRegion.statusCode).toBe(422);
    expect(noRegion.body).toContain('Kies de regio: noord, midden of zuid.');
    expect(sql("select * from school_holidays where school_year like '2028-%'")).toHaveLength(0);
  });

  it('removes a holiday after asking', async () => {
    const mei = holiday('2027-2028', 'mei');
    const table = await coordinator.get('/admin/holidays');
    expect(table.body).toContain(
      `href="/admin/holidays/${mei?.id}/delete">Verwijderen<span class="ko-visually-hidden"> meivakantie 2027-2028</span></a>`,
    );
    expect(table.body).not.toContain(`action="/admin/holidays/${mei?.id}/delete"`);
    const confirm = await coordinator.get(`/admin/holidays/${mei?.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      '<h1 class="utrecht-heading-1">Weet je zeker dat je de meivakantie 2027-2028 (regio Noord) wilt verwijderen?</h1>',
    );
    expect(confirm.body).toContain('De datumplanner houdt dan geen rekening meer met deze vakantie');
    expect(confirm.body).toContain(`action="/admin/holidays/${mei?.id}/delete"`);
    expect(confirm.body).toContain('>Vakantie verwijderen</button>');
    expect(confirm.body).toContain(
      '<a class="utrecht-link" href="/admin/holidays?regio&#x3D;noord">Annuleren</a>',
    );
    expect(holiday('2027-2028', 'mei')).toBeDefined();
    const removed = await coordinator.post(`/admin/holidays/${mei?.id}/delete`);
    expect(removed.statusCode).toBe(302);
    expect(holiday('2027-2028', 'mei')).toBeUndefined();
  });

  it('is for the coordinator only', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    await school.get('/'); // a page with a form, so the post below carries a valid CSRF token
    expect((await school.get('/admin/holidays')).statusCode).toBe(403);
    const herfst = holiday('2026-2027', 'herfst');
    expect((await school.get(`/admin/holidays/${herfst?.id}/delete`)).statusCode).toBe(403);
    expect((await school.post(`/admin/holidays/${herfst?.id}/delete`)).statusCode).toBe(403);
    expect(holiday('2026-2027', 'herfst')).toBeDefined();
  });
});
