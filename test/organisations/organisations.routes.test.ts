// The coordinator's organisation pages through the real routes: create, edit, invalid input, duplicates, delete or archive.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import type { Agent } from '../helpers/agent.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = await loggedInAgent(ctx, world.coordinator.id);
});

const organisationNamed = (name: string) =>
  sql<{ id: number; name: string; kind: string; place: string | null; archived_at: string | null }>(
    'select * from organisations where name = ?',
    name,
  )[0];
const auditRows = () =>
  sql<{ actor_contact_id: number; action: string; entity: string; entity_id: number }>(
    'select actor_contact_id, action, entity, entity_id from audit_log order by id',
  );

describe('creating an organisation', () => {
  it('saves it, says so on its page and logs who did it', async () => {
    const form = await coordinator.get('/organisations/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h1 class="utrecht-heading-1">Nieuwe organisatie</h1>');
    expect(form.body).toContain('<label class="utrecht-form-label" for="field-name">Naam');

    const created = await coordinator.post('/organisations', {
      name: 'Regio College Zuid',
      kind: 'school',
      place: 'Obdam',
    });
    expect(created.statusCode).toBe(302);
    const row = organisationNamed('Regio College Zuid');
    expect(row).toMatchObject({ kind: 'school', place: 'Obdam', archived_at: null });
    expect(created.headers.location).toBe(`/organisations/${row?.id}`);

    const page = await coordinator.get(`/organisations/${row?.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Regio College Zuid is toegevoegd.');
    expect(page.body).toContain('<dd>School</dd>');
    expect(page.body).toContain('<dd>Obdam</dd>');
    expect(auditRows()).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'create',
        entity: 'organisation',
        entity_id: row?.id,
      },
    ]);

    const list = await coordinator.get('/organisations');
    expect(list.body).toMatch(
      /<a href="\/organisations\/\d+">Regio College Zuid<\/a> <span class="ko-muted">· Obdam/,
    );
  });

  it('shows the form again with an error summary, field messages and the typed input, and writes nothing', async () => {
    await coordinator.get('/organisations/new');
    const before = sql<{ n: number }>('select count(*) as n from organisations')[0]?.n;
    const response = await coordinator.post('/organisations', {
      name: '   ',
      kind: 'ziekenhuis',
      place: 'Obdam',
    });

    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Er is iets niet goed ingevuld');
    expect(response.body).toContain('<a href="#field-name">Vul de naam van de organisatie in.</a>');
    expect(response.body).toContain('<a href="#field-kind">Kies het soort organisatie.</a>');
    expect(response.body).toMatch(
      /id="field-name-error"><span class="ko-error-prefix">Fout:<\/span> Vul de naam van de organisatie in\.<\/div>/,
    );
    expect(response.body).toMatch(/id="field-name"[^>]*aria-invalid="true"/);
    expect(response.body).toContain('value="Obdam"');
    expect(sql<{ n: number }>('select count(*) as n from organisations')[0]?.n).toBe(before);
    expect(auditRows()).toEqual([]);
  });

  it('keeps an over-long name and says how long it may be', async () => {
    await coordinator.get('/organisations/new');
    const name = 'Zeer lange naam '.repeat(8).trim();
    const response = await coordinator.post('/organisations', { name, kind: 'school' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Gebruik maximaal 120 tekens.');
    expect(response.body).toContain(`value="${name}"`);
  });

  it('refuses a name that is already taken, whatever the capitals', async () => {
    await coordinator.get('/organisations/new');
    const response = await coordinator.post('/organisations', { name: 'TESTCOLLEGE', kind: 'school' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('<a href="#field-name">Er is al een organisatie met deze naam.</a>');
    expect(response.body).toContain('value="TESTCOLLEGE"');
    expect(sql('select id from organisations where lower(name) = ?', 'testcollege')).toHaveLength(1);
  });
});

describe('editing an organisation', () => {
  it('shows the current values, saves the change and logs it', async () => {
    const edit = await coordinator.get(`/organisations/${world.school.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('<h1 class="utrecht-heading-1">Organisatie wijzigen</h1>');
    expect(edit.body).toContain('value="Testcollege"');
    expect(edit.body).toMatch(/<option value="school" selected>School<\/option>/);

    const saved = await coordinator.post(`/organisations/${world.school.id}`, {
      name: 'Testcollege Heerhugowaard',
      kind: 'school',
      place: 'Heerhugowaard',
    });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe(`/organisations/${world.school.id}`);
    expect(organisationNamed('Testcollege Heerhugowaard')?.id).toBe(world.school.id);
    expect((await coordinator.get(saved.headers.location as string)).body).toContain(
      'Testcollege Heerhugowaard is opgeslagen.',
    );
    expect(auditRows()).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'update',
        entity: 'organisation',
        entity_id: world.school.id,
      },
    ]);
  });

  it('may keep its own name but not take another organisation’s', async () => {
    await coordinator.get(`/organisations/${world.school.id}/edit`);
    const own = await coordinator.post(`/organisations/${world.school.id}`, {
      name: 'testcollege',
      kind: 'school',
    });
    expect(own.statusCode).toBe(302);

    await coordinator.get(`/organisations/${world.school.id}/edit`);
    const taken = await coordinator.post(`/organisations/${world.school.id}`, {
      name: 'Testpartner',
      kind: 'school',
    });
    expect(taken.statusCode).toBe(422);
    expect(taken.body).toContain('Er is al een organisatie met deze naam.');
    expect(taken.body).toContain('action="/organisations/');
    expect(organisationNamed('testcollege')?.id).toBe(world.school.id);
  });

  it('answers a missing or malformed id with the Dutch not-found page', async () => {
    const missing = await coordinator.get('/organisations/99999');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Niet gevonden');
    const malformed = await coordinator.get('/organisations/abc');
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toContain('Pagina niet gevonden');
    const post = await coordinator.post('/organisations/99999', { name: 'X', kind: 'school' });
    expect(post.statusCode).toBe(404);
  });
});

describe('deleting an organisation', () => {
  it('asks first on a page of its own, which only the coordinator gets', async () => {
    const unused = anOrganisation(ctx.deps.db, { name: 'Verkeerd aangemaakt' });
    const page = await coordinator.get(`/organisations/${unused.id}`);
    expect(page.body).toContain(`href="/organisations/${unused.id}/delete">Verwijderen</a>`);
    expect(page.body).not.toContain(`action="/organisations/${unused.id}/delete"`);

    const confirm = await coordinator.get(`/organisations/${unused.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      '<h1 class="utrecht-heading-1">Weet je zeker dat je organisatie Verkeerd aangemaakt wilt verwijderen?</h1>',
    );
    expect(confirm.body).toContain(
      'De organisatie wordt definitief verwijderd. Dit kun je niet terugdraaien.',
    );
    expect(confirm.body).toContain('Archiveer haar dan');
    expect(confirm.body).toContain(`action="/organisations/${unused.id}/delete"`);
    expect(confirm.body).toContain('>Organisatie verwijderen</button>');
    expect(confirm.body).toContain(
      `<a class="utrecht-link" href="/organisations/${unused.id}">Annuleren</a>`,
    );
    expect(organisationNamed('Verkeerd aangemaakt')).toBeDefined();

    const member = await loggedInAgent(ctx, world.schoolMember.id);
    expect((await member.get(`/organisations/${unused.id}/delete`)).statusCode).toBe(403);
    expect((await coordinator.get('/organisations/99999/delete')).statusCode).toBe(404);
  });

  it('still refuses on the confirmed delete when the organisation is in use', async () => {
    const confirm = await coordinator.get(`/organisations/${world.partner.id}/delete`);
    expect(confirm.body).toContain('Weet je zeker dat je organisatie Testpartner wilt verwijderen?');
    const refused = await coordinator.post(`/organisations/${world.partner.id}/delete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Testpartner kan niet worden verwijderd');
    expect(organisationNamed('Testpartner')).toBeDefined();
  });

  it('deletes an organisation nothing refers to, and logs it', async () => {
    const unused = anOrganisation(ctx.deps.db, { name: 'Verkeerd aangemaakt' });
    await coordinator.get(`/organisations/${unused.id}`);
    const response = await coordinator.post(`/organisations/${unused.id}/delete`);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/organisations');
    expect(organisationNamed('Verkeerd aangemaakt')).toBeUndefined();
    expect((await coordinator.get('/organisations')).body).toContain('Verkeerd aangemaakt is verwijderd.');
    expect(auditRows()).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'delete',
        entity: 'organisation',
        entity_id: unused.id,
      },
    ]);
  });

  it('refuses to delete an organisation with contacts and theme links, explains why and offers archiving', async () => {
    aTheme(ctx.deps.db, { name: 'Middelengebruik', partnerIds: [world.partner.id] });
    await coordinator.get(`/organisations/${world.partner.id}`);
    const refused = await coordinator.post(`/organisations/${world.partner.id}/delete`);

    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(
      '<h1 class="utrecht-heading-1">Testpartner kan niet worden verwijderd</h1>',
    );
    expect(refused.body).toContain('<li>1 contactpersoon</li>');
    expect(refused.body).toContain('<li>1 koppeling aan een thema</li>');
    expect(refused.body).toContain('Archiveer de organisatie in plaats daarvan');
    expect(refused.body).toContain(`action="/organisations/${world.partner.id}/archive"`);
    expect(organisationNamed('Testpartner')).toBeDefined();
    expect(auditRows()).toEqual([]);

    const archived = await coordinator.post(`/organisations/${world.partner.id}/archive`);
    expect(archived.statusCode).toBe(302);
    expect(organisationNamed('Testpartner')?.archived_at).toBe(ctx.clock.now().toISOString());
    const page = await coordinator.get(`/organisations/${world.partner.id}`);
    expect(page.body).toContain('Testpartner is gearchiveerd.');
    expect(page.body).toContain('Gearchiveerd op');
    const list = await coordinator.get('/organisations');
    expect(list.body).toMatch(
      /Gearchiveerde organisaties<\/h2>\s*<ul class="ko-list">\s*<li class="ko-list__item"><a href="\/organisations\/\d+">Testpartner/,
    );
    expect(auditRows().map((row) => row.action)).toEqual(['archive']);
  });

  it('refuses to delete an organisation with submitted topics', async () => {
    const school = anOrganisation(ctx.deps.db, { name: 'School met agendapunt' });
    const theme = aTheme(ctx.deps.db);
    aTopic(ctx.deps.db, { organisationId: school.id, themeId: theme.id, title: 'Vapes' });
    await coordinator.get(`/organisations/${school.id}`);
    const refused = await coordinator.post(`/organisations/${school.id}/delete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('<li>1 agendapunt</li>');
    expect(organisationNamed('School met agendapunt')).toBeDefined();
  });

  it('deletes the calendar feed links of an otherwise unused organisation along with it', async () => {
    const school = anOrganisation(ctx.deps.db, { name: 'School met agendafeed' });
    sql(
      "insert into feed_tokens (organisation_id, token_hash, created_at) values (?, 'hash-van-een-feed', ?) returning id",
      school.id,
      ctx.clock.now().toISOString(),
    );
    await coordinator.get(`/organisations/${school.id}`);
    const response = await coordinator.post(`/organisations/${school.id}/delete`);
    expect(response.statusCode).toBe(302);
    expect(organisationNamed('School met agendafeed')).toBeUndefined();
    expect(sql('select * from feed_tokens where organisation_id = ?', school.id)).toEqual([]);
  });

  it('refuses to delete an organisation that wrote progress notes on an agreement', async () => {
    const partner = anOrganisation(ctx.deps.db, { name: 'Partner met voortgang', kind: 'optional' });
    const now = ctx.clock.now().toISOString();
    const meetingId = aMeeting(ctx.deps.db, { title: 'Overleg' }).id;
    const agreementId = sql<{ id: number }>(
      "insert into agreements (meeting_id, text, created_at, updated_at) values (?, 'Afspraak', ?, ?) returning id",
      meetingId,
      now,
      now,
    )[0]?.id;
    sql(
      "insert into agreement_notes (agreement_id, organisation_id, text, created_at) values (?, ?, 'Gedaan', ?) returning id",
      agreementId,
      partner.id,
      now,
    );
    await coordinator.get(`/organisations/${partner.id}`);
    const response = await coordinator.post(`/organisations/${partner.id}/delete`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('<li>1 afspraak</li>');
    expect(organisationNamed('Partner met voortgang')).toBeDefined();
  });

  it('restores an archived organisation', async () => {
    await coordinator.get(`/organisations/${world.school.id}`);
    await coordinator.post(`/organisations/${world.school.id}/archive`);
    const restored = await coordinator.post(`/organisations/${world.school.id}/restore`);
    expect(restored.statusCode).toBe(302);
    expect(organisationNamed('Testcollege')?.archived_at).toBeNull();
    expect((await coordinator.get(`/organisations/${world.school.id}`)).body).toContain(
      'Testcollege is teruggezet.',
    );
  });
});

describe('the audit log page', () => {
  it('lists who changed which record, without the text they typed', async () => {
    await coordinator.get('/organisations/new');
    await coordinator.post('/organisations', {
      name: 'Geheime Naam School',
      kind: 'school',
      place: 'Sint Pancras',
    });
    const id = organisationNamed('Geheime Naam School')?.id;
    await coordinator.get(`/organisations/${id}/contacts/new`);
    await coordinator.post(`/organisations/${id}/contacts`, {
      name: 'Bea Beveiliging',
      email: 'bea@geheim.example',
      role: 'conciërge',
      access: 'none',
    });

    const rows = sql<Record<string, unknown>>('select * from audit_log');
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'action',
      'actor_contact_id',
      'at',
      'entity',
      'entity_id',
      'id',
    ]);
    const stored = JSON.stringify(rows);
    for (const typed of ['Geheime', 'Sint Pancras', 'Bea', 'geheim.example', 'conciërge'])
      expect(stored).not.toContain(typed);

    const page = await coordinator.get('/admin/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 class="utrecht-heading-1">Logboek</h1>');
    expect(page.body).toMatch(
      /<td class="utrecht-table__cell"[^>]*>Cora Coördinator<\/td>\s*<td class="utrecht-table__cell"[^>]*>toegevoegd<\/td>\s*<td class="utrecht-table__cell"[^>]*>contactpersoon ‘Bea Beveiliging’<\/td>/,
    );
    // The page names each record by its current title, looked up when the log is read; the log stores none.
    expect(page.body).toContain('<th class="utrecht-table__header-cell" scope="col">Waarover</th>');
    expect(page.body).toContain('organisatie ‘Geheime Naam School’');
    expect(page.body).toContain('maandag 2 maart 2026, 10:00');
    // A record deleted since keeps its number.
    ctx.deps.db.$client
      .prepare("update audit_log set entity_id = 999999 where entity = 'organisation'")
      .run();
    expect((await coordinator.get('/admin/audit')).body).toContain('organisatie #999999');
  });
});

describe('contacts on the organisation page', () => {
  it('lists the active contacts with their access', async () => {
    aContact(ctx.deps.db, world.school.id, {
      name: 'Zoë Zorg',
      email: 'zoe@testcollege.example',
      access: 'none',
    });
    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toMatch(
      /<td class="utrecht-table__cell"[^>]*>Zoë Zorg<\/td>\s*<td class="utrecht-table__cell"[^>]*>zoe@testcollege.example<\/td>/,
    );
    expect(page.body).toContain('Geen (alleen uitnodigingen)');
    expect(page.body).toContain('Sietske School');
  });
});
