// The privacy guard on the theme form's description: block, warn and confirm, and nothing blocked is stored.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { asStored, databaseBytes } from '../helpers/database-file.js';
import { loggedInAgent } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, world } = useTestApp();
let coordinator: Agent;

beforeEach(async () => {
  coordinator = await loggedInAgent(ctx, world.coordinator.id);
  await coordinator.get('/themes/new');
});

const count = (sql: string) => (ctx.deps.db.$client.prepare(sql).get() as { n: number }).n;

describe('theme description and the privacy guard', () => {
  it('blocks a pupil’s name: the form comes back with the text kept and marked, and nothing is stored', async () => {
    const description = 'Naar aanleiding van Daan de Vries uit 3B die een mes had.';
    const response = await coordinator.post('/themes', { name: 'Messen', description });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('De tekst bij “Toelichting” lijkt persoonsgegevens te bevatten');
    expect(response.body).toContain('href="#field-description"');
    expect(response.body).toContain(
      '<mark class="ko-privacy__block">Daan de Vries</mark><span class="ko-privacy__label"> [naam]</span>',
    );
    expect(response.body).toContain('value="Messen"');
    expect(response.body).toContain('>Naar aanleiding van Daan de Vries uit 3B die een mes had.</textarea>');
    expect(response.body).not.toContain('name="privacyConfirm"');
    expect(count("select count(*) as n from themes where name = 'Messen'")).toBe(0);
    expect(databaseBytes(ctx)).not.toContain(asStored('Daan de Vries'));
  });

  it('warns about a phone number; after confirming, the theme is saved and who/when/category is recorded', async () => {
    const description = 'Vragen? Het meldpunt is bereikbaar via 072 123 4567.';
    const warned = await coordinator.post('/themes', { name: 'Meldpunt', description });
    expect(warned.statusCode).toBe(422);
    expect(warned.body).toContain('De tekst bij “Toelichting” bevat misschien een persoonsgegeven');
    const fingerprint = /name="privacyConfirm" value="([0-9a-f]+)"/.exec(warned.body)?.[1];
    expect(fingerprint).toBeDefined();
    expect(count("select count(*) as n from themes where name = 'Meldpunt'")).toBe(0);

    const saved = await coordinator.post('/themes', {
      name: 'Meldpunt',
      description,
      privacyConfirm: fingerprint ?? '',
    });
    expect(saved.statusCode).toBe(302);
    expect(count("select count(*) as n from themes where name = 'Meldpunt'")).toBe(1);
    const confirmation = ctx.deps.db.$client.prepare('select * from privacy_confirmations').all();
    expect(confirmation).toEqual([
      expect.objectContaining({ form: 'theme', category: 'phone', at: ctx.clock.now().toISOString() }),
    ]);
    expect(JSON.stringify(confirmation)).not.toContain('072');
  });
});
