// The settings page through the real routes: audited, validated in Dutch, and the names it saves appear on the pages
// and in the planner at once (the cached copy is dropped on save).
import { beforeEach, describe, expect, it } from 'vitest';
import { replaceFeedToken } from '../../src/calendar/calendar.actions.js';
import { sendInvitations } from '../../src/invitations/invitations.actions.js';
import { actionContext } from '../helpers/action-context.js';
import type { Agent } from '../helpers/agent.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { useTestApp } from '../helpers/test-app.js';
import { deliverAndRead } from '../invitations/mail-reader.js';

const { ctx, world, sql } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = sessionAgent(ctx, world.coordinator.id);
  await coordinator.get('/admin/settings');
});

const oss = {
  gemeenteName: 'Gemeente Oss',
  covenantName: 'Veilig naar school in Oss',
  holidayRegion: 'zuid',
  privacyContact: 'FG@oss.example',
};

describe('the settings page', () => {
  it('saves the names, audits the change, and every page shows them at once', async () => {
    const saved = await coordinator.post('/admin/settings', oss);
    expect(saved.statusCode).toBe(302);
    expect(sql('select gemeente_name, covenant_name, holiday_region, privacy_contact from settings')).toEqual(
      [
        {
          gemeente_name: 'Oss',
          covenant_name: 'Veilig naar school in Oss',
          holiday_region: 'zuid',
          privacy_contact: 'fg@oss.example',
        },
      ],
    );
    expect(sql("select action, entity, actor_contact_id from audit_log where entity = 'settings'")).toEqual([
      { action: 'update', entity: 'settings', actor_contact_id: world.coordinator.id },
    ]);

    const page = await coordinator.get('/admin/settings');
    expect(page.body).toContain('De instellingen zijn opgeslagen.');
    expect(page.body).toContain('<span class="ko-brand__sub">Gemeente Oss</span>');
    expect(page.body).toContain('<title>Instellingen – Ketenoverleg Veilige School – Gemeente Oss</title>');
    expect(page.body).toContain('Convenant “Veilig naar school in Oss”');
    expect(page.body).toContain('<option value="zuid" selected>Zuid</option>');

    const privacy = await coordinator.get('/privacy');
    expect(privacy.body).toContain('van het convenant “Veilig naar school in Oss” in de gemeente Oss.');
    expect(privacy.body).toContain('Mail naar fg@oss.example');
    expect(privacy.body).not.toContain('Dijk en Waard');
    const accessibility = await coordinator.get('/toegankelijkheid');
    expect(accessibility.body).toContain('De gemeente Oss wil dat iedereen het ketenoverleg kan gebruiken.');
    const login = await ctx.app.inject({ method: 'GET', url: '/login' });
    expect(login.body).toContain('de scholen, de gemeente Oss en hun partners');

    const planner = await coordinator.get('/planner');
    expect(planner.body).toContain('buiten de schoolvakanties van regio Zuid en de feestdagen');
    expect((await coordinator.get('/admin/holidays')).body).toContain('Schoolvakanties regio Zuid');
  });

  it('refuses empty names, an unknown region and a wrong address, keeps what was typed, and stores nothing', async () => {
    const refused = await coordinator.post('/admin/settings', {
      gemeenteName: '',
      covenantName: 'Ons convenant',
      holidayRegion: 'oost',
      privacyContact: 'niet-een-adres',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Er is iets niet goed ingevuld');
    expect(refused.body).toContain('href="#field-gemeenteName"');
    expect(refused.body).toContain('Vul de naam van de gemeente in.');
    expect(refused.body).toContain('Kies de regio: noord, midden of zuid.');
    expect(refused.body).toContain('Vul een geldig e-mailadres in, zoals privacy@gemeente.nl.');
    expect(refused.body).toContain('value="Ons convenant"');
    expect(refused.body).toContain('value="niet-een-adres"');
    expect(sql('select * from settings')).toEqual([]);
    expect(sql("select * from audit_log where entity = 'settings'")).toEqual([]);
  });

  it('names the gemeente and the covenant in every mail and calendar from then on', async () => {
    await coordinator.post('/admin/settings', oss);
    const meeting = aMeeting(ctx.deps.db);
    sendInvitations(ctx.deps.db, actionContext(ctx, { contactId: world.coordinator.id }), {
      meetingId: meeting.id,
      contactIds: [world.schoolMember.id],
    });
    const [invitation] = await deliverAndRead(ctx);
    const text = invitation?.mail.text ?? '';
    expect(text).toContain(
      'Je bent uitgenodigd voor het ketenoverleg van het convenant “Veilig naar school in Oss”.',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe('Ketenoverleg Veilige School – gemeente Oss');
    expect(invitation?.mail.html).toContain('van het convenant “Veilig naar school in Oss”');
    expect(invitation?.calendar?.getFirstPropertyValue('prodid')).toBe('-//Gemeente Oss//Ketenoverleg//NL');
    expect(invitation?.raw).not.toMatch(/Dijk en Waard|Samen werken wij/);

    const actor = { contactId: world.coordinator.id };
    const { token } = replaceFeedToken(
      ctx.deps.db,
      { ...actionContext(ctx, actor), actor },
      {
        organisationId: world.school.id,
      },
    );
    const feed = await ctx.app.inject({ method: 'GET', url: `/calendar/${token}.ics` });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('PRODID:-//Gemeente Oss//Ketenoverleg//NL\r\n');
  });

  it('is for the coordinator only', async () => {
    const school = sessionAgent(ctx, world.schoolMember.id);
    await school.get('/');
    expect((await school.get('/admin/settings')).statusCode).toBe(403);
    expect((await school.post('/admin/settings', oss)).statusCode).toBe(403);
    expect(sql('select * from settings')).toEqual([]);
  });
});
