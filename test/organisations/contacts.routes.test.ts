// Contacts through the real routes: add, edit, invalid input, duplicate addresses, archiving and the retention purge.
import { beforeEach, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/jobs/housekeeping.js';
import type { Agent } from '../helpers/agent.js';
import { aContact } from '../helpers/builders.js';
import { loggedInAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = await loggedInAgent(ctx, world.coordinator.id);
});

interface ContactRow {
  id: number;
  organisation_id: number;
  name: string | null;
  email: string | null;
  role: string;
  access: string;
  receives_invitations: number;
  archived_at: string | null;
  anonymised_at: string | null;
}
const contact = (id: number) => sql<ContactRow>('select * from contacts where id = ?', id)[0];
const contactCount = () => sql<{ n: number }>('select count(*) as n from contacts')[0]?.n;
const auditRows = () =>
  sql<{ actor_contact_id: number; action: string; entity: string; entity_id: number }>(
    'select actor_contact_id, action, entity, entity_id from audit_log order by id',
  );

describe('adding a contact', () => {
  it('saves the contact with a lower-case address, shows it on the organisation page and logs it', async () => {
    const form = await coordinator.get(`/organisations/${world.school.id}/contacts/new`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h1 class="utrecht-heading-1">Nieuwe contactpersoon</h1>');
    expect(form.body).toMatch(/<option value="member" selected>Deelnemer<\/option>/);
    expect(form.body).toMatch(/id="field-receivesInvitations" name="receivesInvitations" checked>/);

    const saved = await coordinator.post(`/organisations/${world.school.id}/contacts`, {
      name: 'Fatima El Amrani',
      email: 'F.ElAmrani@Testcollege.example',
      role: 'teamleider',
      access: 'member',
      receivesInvitations: 'on',
    });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe(`/organisations/${world.school.id}`);
    const row = sql<ContactRow>("select * from contacts where name = 'Fatima El Amrani'")[0];
    expect(row).toMatchObject({
      organisation_id: world.school.id,
      email: 'f.elamrani@testcollege.example',
      role: 'teamleider',
      access: 'member',
      receives_invitations: 1,
    });

    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toContain('Fatima El Amrani is toegevoegd.');
    expect(page.body).toMatch(
      /<td class="utrecht-table__cell"[^>]*>Fatima El Amrani<\/td>\s*<td class="utrecht-table__cell"[^>]*>f\.elamrani@testcollege\.example<\/td>\s*<td class="utrecht-table__cell"[^>]*>teamleider<\/td>\s*<td class="utrecht-table__cell"[^>]*>Deelnemer<\/td>\s*<td class="utrecht-table__cell"[^>]*>ja<\/td>/,
    );
    expect(auditRows()).toEqual([
      { actor_contact_id: world.coordinator.id, action: 'create', entity: 'contact', entity_id: row?.id },
    ]);
  });

  it('shows the form again with an error summary, field messages and the typed input, and writes nothing', async () => {
    await coordinator.get(`/organisations/${world.school.id}/contacts/new`);
    const before = contactCount();
    const response = await coordinator.post(`/organisations/${world.school.id}/contacts`, {
      name: '',
      email: 'fatima at school',
      role: 'teamleider',
      access: 'beheerder',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Er is iets niet goed ingevuld');
    expect(response.body).toContain('<a href="#field-name">Vul de naam van de contactpersoon in.</a>');
    expect(response.body).toContain(
      '<a href="#field-email">Vul een geldig e-mailadres in, zoals naam@school.nl.</a>',
    );
    expect(response.body).toContain('<a href="#field-access">Kies een toegang uit de lijst.</a>');
    expect(response.body).toMatch(
      /id="field-email-error"><span class="ko-error-prefix">Fout:<\/span> Vul een geldig/,
    );
    expect(response.body).toMatch(/aria-describedby="field-email-description field-email-error"/);
    expect(response.body).toContain('value="fatima at school"');
    expect(response.body).toContain('value="teamleider"');
    // An unticked checkbox stays unticked.
    expect(response.body).toMatch(/id="field-receivesInvitations" name="receivesInvitations">/);
    expect(contactCount()).toBe(before);
    expect(auditRows()).toEqual([]);
  });

  it('refuses an address that another contact already has, whatever the capitals', async () => {
    await coordinator.get(`/organisations/${world.partner.id}/contacts/new`);
    const response = await coordinator.post(`/organisations/${world.partner.id}/contacts`, {
      name: 'Tweede Sietske',
      email: 'ZORG@testcollege.example',
      access: 'member',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      '<a href="#field-email">Dit e-mailadres hoort al bij een andere contactpersoon.</a>',
    );
    expect(response.body).toContain('value="Tweede Sietske"');
    expect(sql("select id from contacts where email = 'zorg@testcollege.example'")).toHaveLength(1);
  });
});

describe('editing a contact', () => {
  it('shows the current values and saves the change', async () => {
    const edit = await coordinator.get(`/contacts/${world.schoolMember.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('<h1 class="utrecht-heading-1">Contactpersoon wijzigen</h1>');
    expect(edit.body).toContain('value="Sietske School"');
    expect(edit.body).toContain('value="zorg@testcollege.example"');
    expect(edit.body).toContain(`action="/contacts/${world.schoolMember.id}"`);

    const saved = await coordinator.post(`/contacts/${world.schoolMember.id}`, {
      name: 'Sietske de Vries',
      email: 'zorg@testcollege.example',
      role: 'zorgcoördinator',
      access: 'member',
    });
    expect(saved.statusCode).toBe(302);
    expect(contact(world.schoolMember.id)).toMatchObject({
      name: 'Sietske de Vries',
      role: 'zorgcoördinator',
      receives_invitations: 0,
    });
    expect((await coordinator.get(`/organisations/${world.school.id}`)).body).toContain(
      'Sietske de Vries is opgeslagen.',
    );
    expect(auditRows()).toEqual([
      {
        actor_contact_id: world.coordinator.id,
        action: 'update',
        entity: 'contact',
        entity_id: world.schoolMember.id,
      },
    ]);
  });

  it('keeps the typed input of an invalid edit and changes nothing', async () => {
    await coordinator.get(`/contacts/${world.schoolMember.id}/edit`);
    const response = await coordinator.post(`/contacts/${world.schoolMember.id}`, {
      name: 'Sietske Nieuw',
      email: 'medewerker@partner.example',
      access: 'member',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Dit e-mailadres hoort al bij een andere contactpersoon.');
    expect(response.body).toContain('value="Sietske Nieuw"');
    expect(contact(world.schoolMember.id)?.name).toBe('Sietske School');
  });

  it('ends the sessions of a contact whose access is taken away', async () => {
    const member = await loggedInAgent(ctx, world.schoolMember.id);
    expect((await member.get('/')).statusCode).toBe(200);
    await coordinator.get(`/contacts/${world.schoolMember.id}/edit`);
    await coordinator.post(`/contacts/${world.schoolMember.id}`, {
      name: 'Sietske School',
      email: 'zorg@testcollege.example',
      access: 'none',
    });
    expect((await member.get('/')).headers.location).toBe('/login?next=%2F');
  });
});

describe('archiving a contact', () => {
  it('asks first, says what archiving does, and archives only when confirmed', async () => {
    const leaving = aContact(ctx.deps.db, world.school.id, {
      name: 'Vertrekkende Vera',
      email: 'vera@testcollege.example',
    });
    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toContain(
      `href="/contacts/${leaving.id}/archive">Archiveren<span class="ko-visually-hidden"> Vertrekkende Vera</span></a>`,
    );
    expect(page.body).not.toContain(`action="/contacts/${leaving.id}/archive"`);

    const confirm = await coordinator.get(`/contacts/${leaving.id}/archive`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(
      '<h1 class="utrecht-heading-1">Weet je zeker dat je Vertrekkende Vera van Testcollege wilt archiveren?</h1>',
    );
    expect(confirm.body).toContain('Vertrekkende Vera kan dan niet meer inloggen');
    expect(confirm.body).toContain('Daarna worden naam en e-mailadres definitief verwijderd.');
    expect(confirm.body).toContain(`action="/contacts/${leaving.id}/archive"`);
    expect(confirm.body).toContain('>Contactpersoon archiveren</button>');
    expect(confirm.body).toContain(
      `<a class="utrecht-link" href="/organisations/${world.school.id}">Annuleren</a>`,
    );
    expect(contact(leaving.id)?.archived_at).toBeNull();

    expect((await coordinator.post(`/contacts/${leaving.id}/archive`)).statusCode).toBe(302);
    expect(contact(leaving.id)?.archived_at).toBe(ctx.clock.now().toISOString());
    expect(auditRows().map((row) => row.action)).toEqual(['archive']);
  });

  it('does not ask the coordinator to archive themselves', async () => {
    const response = await coordinator.get(`/contacts/${world.coordinator.id}/archive`);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`/organisations/${world.gemeente.id}`);
    expect((await coordinator.get(`/organisations/${world.gemeente.id}`)).body).toContain(
      'Je kunt jezelf niet archiveren.',
    );
  });

  it('moves the contact to the former contacts and removes name and e-mail after the retention period', async () => {
    const leaving = aContact(ctx.deps.db, world.school.id, {
      name: 'Vertrekkende Vera',
      email: 'vera@testcollege.example',
    });
    await coordinator.get(`/organisations/${world.school.id}`);
    const archived = await coordinator.post(`/contacts/${leaving.id}/archive`);
    expect(archived.statusCode).toBe(302);
    expect(contact(leaving.id)?.archived_at).toBe(ctx.clock.now().toISOString());

    const page = await coordinator.get(`/organisations/${world.school.id}`);
    expect(page.body).toContain('Vertrekkende Vera is gearchiveerd en kan niet meer inloggen.');
    expect(page.body).toMatch(
      /Oud-contactpersonen<\/h3>\s*<ul class="ko-list">\s*<li class="ko-list__item">Vertrekkende Vera/,
    );
    expect(page.body).toContain(`action="/contacts/${leaving.id}/restore"`);

    // Housekeeping within the retention period keeps the details.
    ctx.clock.advance((ctx.config.retentionDays - 1) * 86_400_000);
    expect(runHousekeeping(ctx.deps, ctx.config).anonymisedContacts).toBe(0);
    expect(contact(leaving.id)?.name).toBe('Vertrekkende Vera');

    ctx.clock.advance(2 * 86_400_000);
    expect(runHousekeeping(ctx.deps, ctx.config).anonymisedContacts).toBe(1);
    expect(contact(leaving.id)).toMatchObject({
      name: null,
      email: null,
      access: 'none',
      receives_invitations: 0,
    });
    expect(contact(leaving.id)?.anonymised_at).toBe(ctx.clock.now().toISOString());
    const raw = JSON.stringify(sql('select * from contacts'));
    expect(raw).not.toContain('Vera');
    expect(raw).not.toContain('vera@');

    const later = await loggedInAgent(ctx, world.coordinator.id);
    const after = await later.get(`/organisations/${world.school.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.body).toMatch(
      /<li class="ko-list__item">oud-contactpersoon <span class="ko-muted">· gearchiveerd op/,
    );
    expect(after.body).not.toContain('Vera');
    expect(after.body).not.toContain(`action="/contacts/${leaving.id}/restore"`);
    // Its records are gone for good: no edit form, no restore.
    expect((await later.get(`/contacts/${leaving.id}/edit`)).statusCode).toBe(404);
    expect((await later.post(`/contacts/${leaving.id}/restore`)).statusCode).toBe(404);
    expect(contact(leaving.id)?.archived_at).not.toBeNull();
  });

  it('shows an anonymised coordinator in the audit log as a former contact', async () => {
    const formerCoordinator = aContact(ctx.deps.db, world.gemeente.id, {
      name: 'Oude Coördinator',
      email: 'oud@gemeente.example',
      access: 'coordinator',
    });
    const former = await loggedInAgent(ctx, formerCoordinator.id);
    await former.get(`/organisations/${world.school.id}/edit`);
    await former.post(`/organisations/${world.school.id}`, {
      name: 'Testcollege',
      kind: 'school',
      place: 'Obdam',
    });

    await coordinator.get(`/organisations/${world.gemeente.id}`);
    await coordinator.post(`/contacts/${formerCoordinator.id}/archive`);
    ctx.clock.advance((ctx.config.retentionDays + 1) * 86_400_000);
    runHousekeeping(ctx.deps, ctx.config);

    const later = await loggedInAgent(ctx, world.coordinator.id);
    const log = await later.get('/admin/audit');
    expect(log.body).not.toContain('Oude Coördinator');
    expect(log.body).toMatch(
      /<td class="utrecht-table__cell"[^>]*>oud-contactpersoon<\/td>\s*<td class="utrecht-table__cell"[^>]*>gewijzigd<\/td>/,
    );
  });

  it('does not let the coordinator archive themselves', async () => {
    await coordinator.get(`/organisations/${world.gemeente.id}`);
    const response = await coordinator.post(`/contacts/${world.coordinator.id}/archive`);
    expect(response.statusCode).toBe(302);
    expect(contact(world.coordinator.id)?.archived_at).toBeNull();
    expect((await coordinator.get(`/organisations/${world.gemeente.id}`)).body).toContain(
      'Je kunt jezelf niet archiveren.',
    );
  });

  it('restores an archived contact before the purge', async () => {
    await coordinator.get(`/organisations/${world.school.id}`);
    await coordinator.post(`/contacts/${world.schoolMember.id}/archive`);
    const restored = await coordinator.post(`/contacts/${world.schoolMember.id}/restore`);
    expect(restored.statusCode).toBe(302);
    expect(contact(world.schoolMember.id)?.archived_at).toBeNull();
    expect(auditRows().map((row) => row.action)).toEqual(['archive', 'restore']);
  });
});
