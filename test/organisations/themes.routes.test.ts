// The theme catalogue through the real routes: create with partners, edit, invalid input, duplicates, delete or archive.
import { beforeEach, describe, expect, it } from 'vitest';
import { aTopic } from '../helpers/agenda-builders.js';
import type { Agent } from '../helpers/agent.js';
import { anOrganisation, aTheme } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = await loggedInAgent(ctx, world.coordinator.id);
});

const themeNamed = (name: string) =>
  sql<{ id: number; name: string; description: string; archived_at: string | null }>(
    'select * from themes where name = ?',
    name,
  )[0];
const partnersOf = (themeId: number) =>
  sql<{ organisation_id: number }>(
    'select organisation_id from theme_partners where theme_id = ? order by organisation_id',
    themeId,
  ).map((row) => row.organisation_id);
const auditRows = () =>
  sql<{ actor_contact_id: number; action: string; entity: string; entity_id: number }>(
    'select actor_contact_id, action, entity, entity_id from audit_log order by id',
  );

describe('creating a theme', () => {
  it('saves it with the chosen optional partners, lists it and logs it', async () => {
    const brijder = anOrganisation(ctx.deps.db, { name: 'Brijder', kind: 'optional' });
    const form = await coordinator.get('/themes/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(
      '<legend class="utrecht-form-fieldset__legend">Partners die bij dit thema aansluiten</legend>',
    );
    expect(form.body).toContain(
      `<label class="utrecht-form-label utrecht-form-label--checkbox" for="partner-${brijder.id}">Brijder</label>`,
    );
    // Only optional partners can be linked: schools and core partners are not offered.
    expect(form.body).not.toContain(`for="partner-${world.school.id}"`);

    const saved = await coordinator.post('/themes', {
      name: 'Roken en vapes',
      description: 'Vapes, sigaretten en snus rond school.',
      partnerIds: [String(brijder.id), String(world.partner.id), String(world.school.id)],
    });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe('/themes');
    const theme = themeNamed('Roken en vapes');
    expect(theme?.description).toBe('Vapes, sigaretten en snus rond school.');
    expect(partnersOf(theme?.id ?? 0)).toEqual([world.partner.id, brijder.id].sort((a, b) => a - b));

    const list = await coordinator.get('/themes');
    expect(list.body).toContain('Thema Roken en vapes is toegevoegd.');
    expect(list.body).toMatch(
      /<strong>Roken en vapes<\/strong><br><span class="ko-muted ko-lines">Vapes, sigaretten en snus rond school\.<\/span><\/td>\s*<td class="utrecht-table__cell"[^>]*>Brijder, Testpartner<\/td>/,
    );
    expect(auditRows()).toEqual([
      { actor_contact_id: world.coordinator.id, action: 'create', entity: 'theme', entity_id: theme?.id },
    ]);
  });

  it('shows the form again with the typed input and ticked partners, and writes nothing', async () => {
    await coordinator.get('/themes/new');
    const response = await coordinator.post('/themes', {
      name: '',
      description: 'x'.repeat(1001),
      partnerIds: [String(world.partner.id)],
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Er is iets niet goed ingevuld');
    expect(response.body).toContain('<a href="#field-name">Vul de naam van het thema in.</a>');
    expect(response.body).toContain('<a href="#field-description">Gebruik maximaal 1000 tekens.</a>');
    expect(response.body).toContain(`>${'x'.repeat(1001)}</textarea>`);
    expect(response.body).toMatch(
      new RegExp(`id="partner-${world.partner.id}" name="partnerIds" value="${world.partner.id}" checked>`),
    );
    expect(sql('select * from themes')).toEqual([]);
    expect(auditRows()).toEqual([]);
  });

  it('refuses a name that is already in the catalogue', async () => {
    aTheme(ctx.deps.db, { name: 'Vuurwerk' });
    await coordinator.get('/themes/new');
    const response = await coordinator.post('/themes', { name: 'vuurwerk' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('<a href="#field-name">Er is al een thema met deze naam.</a>');
    expect(response.body).toContain('value="vuurwerk"');
    expect(sql('select * from themes')).toHaveLength(1);
  });
});

describe('editing a theme', () => {
  it('shows the current values and replaces the partner links', async () => {
    const other = anOrganisation(ctx.deps.db, { name: 'Jongerenwerk', kind: 'optional' });
    const theme = aTheme(ctx.deps.db, { name: 'Overlast rond school', partnerIds: [world.partner.id] });
    const edit = await coordinator.get(`/themes/${theme.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="Overlast rond school"');
    expect(edit.body).toMatch(
      new RegExp(`id="partner-${world.partner.id}" name="partnerIds" value="${world.partner.id}" checked>`),
    );
    expect(edit.body).toMatch(new RegExp(`id="partner-${other.id}" name="partnerIds" value="${other.id}">`));

    const saved = await coordinator.post(`/themes/${theme.id}`, {
      name: 'Overlast rond school',
      description: 'Hangplekken en winkelcentrum.',
      partnerIds: [String(other.id)],
    });
    expect(saved.statusCode).toBe(302);
    expect(partnersOf(theme.id)).toEqual([other.id]);
    expect(themeNamed('Overlast rond school')?.description).toBe('Hangplekken en winkelcentrum.');
    expect((await coordinator.get('/themes')).body).toContain('Thema Overlast rond school is opgeslagen.');
    expect(auditRows().map((row) => [row.action, row.entity, row.entity_id])).toEqual([
      ['update', 'theme', theme.id],
    ]);
  });

  it('does not take the name of another theme', async () => {
    aTheme(ctx.deps.db, { name: 'Alcohol' });
    const theme = aTheme(ctx.deps.db, { name: 'Drugs en lachgas', partnerIds: [world.partner.id] });
    await coordinator.get(`/themes/${theme.id}/edit`);
    const response = await coordinator.post(`/themes/${theme.id}`, { name: 'ALCOHOL' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Er is al een thema met deze naam.');
    expect(themeNamed('Drugs en lachgas')).toBeDefined();
    expect(partnersOf(theme.id)).toEqual([world.partner.id]);
  });
});

describe('deleting a theme', () => {
  it('asks first: the list links to a confirmation page whose button deletes, and Annuleren keeps the theme', async () => {
    const theme = aTheme(ctx.deps.db, { name: 'Tijdelijk thema' });
    const list = await coordinator.get('/themes');
    expect(list.body).toContain(
      `href="/themes/${theme.id}/delete">Verwijderen<span class="ko-visually-hidden"> Tijdelijk thema</span></a>`,
    );
    expect(list.body).not.toContain(`action="/themes/${theme.id}/delete"`);

    const confirm = await coordinator.get(`/themes/${theme.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      '<h1 class="utrecht-heading-1">Weet je zeker dat je thema Tijdelijk thema wilt verwijderen?</h1>',
    );
    expect(confirm.body).toContain('worden definitief verwijderd. Dit kun je niet terugdraaien.');
    expect(confirm.body).toContain('Archiveer het thema dan');
    expect(confirm.body).toMatch(
      new RegExp(
        `<form method="post" action="/themes/${theme.id}/delete"[^>]*>[\\s\\S]*?<button type="submit" class="[^"]*ko-button--danger-primary">Thema verwijderen</button>\\s*<a class="utrecht-link" href="/themes">Annuleren</a>`,
      ),
    );
    // Only asking changes nothing.
    expect(themeNamed('Tijdelijk thema')).toBeDefined();
    expect(auditRows()).toEqual([]);

    const deleted = await coordinator.post(`/themes/${theme.id}/delete`);
    expect(deleted.headers.location).toBe('/themes');
    expect(themeNamed('Tijdelijk thema')).toBeUndefined();
    expect((await coordinator.get(`/themes/${theme.id}/delete`)).statusCode).toBe(404);
  });

  it('deletes an unused theme with its partner links', async () => {
    const theme = aTheme(ctx.deps.db, { name: 'Tijdelijk thema', partnerIds: [world.partner.id] });
    await coordinator.get('/themes');
    const response = await coordinator.post(`/themes/${theme.id}/delete`);
    expect(response.statusCode).toBe(302);
    expect(themeNamed('Tijdelijk thema')).toBeUndefined();
    expect(partnersOf(theme.id)).toEqual([]);
    expect((await coordinator.get('/themes')).body).toContain('Thema Tijdelijk thema is verwijderd.');
    expect(auditRows().map((row) => row.action)).toEqual(['delete']);
  });

  it('refuses to delete a theme topics were submitted under, explains why and offers archiving', async () => {
    const theme = aTheme(ctx.deps.db, { name: 'Wapens en messen' });
    const now = ctx.clock.now().toISOString();
    aTopic(ctx.deps.db, {
      organisationId: world.school.id,
      themeId: theme.id,
      title: 'Messen in de kluisjes',
    });
    await coordinator.get('/themes');
    const refused = await coordinator.post(`/themes/${theme.id}/delete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(
      '<h1 class="utrecht-heading-1">Thema Wapens en messen kan niet worden verwijderd</h1>',
    );
    expect(refused.body).toContain('Er is 1 agendapunt onder dit thema ingediend.');
    expect(refused.body).toContain(`action="/themes/${theme.id}/archive"`);
    expect(themeNamed('Wapens en messen')).toBeDefined();

    const archived = await coordinator.post(`/themes/${theme.id}/archive`);
    expect(archived.statusCode).toBe(302);
    expect(themeNamed('Wapens en messen')?.archived_at).toBe(now);
    const list = await coordinator.get('/themes');
    expect(list.body).toContain('Thema Wapens en messen is gearchiveerd.');
    expect(list.body).toMatch(
      /Gearchiveerde thema’s<\/h2>\s*<ul class="ko-list">\s*<li class="ko-list__item">Wapens en messen/,
    );
    expect(list.body).toContain(`action="/themes/${theme.id}/restore"`);
    expect(auditRows().map((row) => row.action)).toEqual(['archive']);

    const restored = await coordinator.post(`/themes/${theme.id}/restore`);
    expect(restored.statusCode).toBe(302);
    expect(themeNamed('Wapens en messen')?.archived_at).toBeNull();
  });
});
