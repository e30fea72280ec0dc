// Going live in a real browser: the coordinator sets the gemeente's names and region, and imports contacts from a
// Dutch-Excel CSV through the preview. Axe on every page; screenshots at 1280 and 375 px.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { heading, logInByLink, pageCheck, useBrowserSession, type viewports } from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps));

async function loggedIn(viewport: keyof typeof viewports): Promise<Page> {
  const context = await newContext(viewport);
  const page = await context.newPage();
  await logInByLink(page, server, DEMO_COORDINATOR_EMAIL);
  return page;
}

const check = pageCheck('going-live');

const csv = [
  '\uFEFFOrganisatie;Soort;Naam;E-mail;Functie',
  'Het Baken College;school;Anna de Boer;a.deboer@hetbaken.example;ondersteuningscoördinator',
  '"Het Baken College";school;"Piet ""PJ"" Jansen";p.jansen@hetbaken.example;"mentor; leerjaar 2"',
  'Verslavingszorg Noord;partner;Sanne Smit;s.smit@vzn.example;preventiewerker',
  'Politie – jeugdagent;kernpartner;Karin Wit;geen-adres;jeugdagent',
].join('\r\n');

describe('going live', () => {
  it('sets the gemeente’s names and region on the settings page, and every page shows them', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await loggedIn(viewport);
      await page.goto(`${server.baseUrl}/admin/settings`);
      expect(await heading(page)).toBe('Instellingen');
      // The demo's name first; the phone run sees what the desktop run saved.
      await expect(page.getByLabel('Naam van de gemeente').inputValue()).resolves.toBe(
        viewport === 'desktop' ? 'Dijk en Waard' : 'Oss',
      );
      await check(page, `settings-${viewport}`);

      await page.getByLabel('Naam van de gemeente').fill('');
      await page.getByLabel('E-mailadres voor vragen over privacy').fill('geen adres');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
        'Vul de naam van de gemeente in.',
      );
      await check(page, `settings-errors-${viewport}`);

      await page.getByLabel('Naam van de gemeente').fill('Gemeente Oss');
      await page.getByLabel('Naam van het convenant').fill('Veilig naar school in Oss');
      await page.getByLabel('Regio voor de schoolvakanties').selectOption('zuid');
      await page.getByLabel('E-mailadres voor vragen over privacy').fill('privacy@oss.example');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        'De instellingen zijn opgeslagen.',
      );
      await expect(page.locator('.ko-brand__sub').textContent()).resolves.toBe('Gemeente Oss');
      await expect(page.title()).resolves.toBe('Instellingen – Ketenoverleg Veilige School – Gemeente Oss');
      await check(page, `settings-saved-${viewport}`);

      await page.getByRole('link', { name: 'Privacy' }).click();
      await expect(page.locator('main').textContent()).resolves.toContain('in de gemeente Oss');
      await page.context().close();
    }
  }, 300_000);

  it('imports contacts from a Dutch-Excel CSV after a preview that shows what happens', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketenoverleg-import-')), 'contacten.csv');
    writeFileSync(file, csv);
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await loggedIn(viewport);
      await page.goto(`${server.baseUrl}/admin`);
      await page.getByRole('link', { name: 'Contactpersonen importeren' }).click();
      expect(await heading(page)).toBe('Contactpersonen importeren');
      await check(page, `import-upload-${viewport}`);

      await page.getByLabel('CSV-bestand').setInputFiles(file);
      await page.getByRole('button', { name: 'Bekijk wat er gebeurt' }).click();
      expect(await heading(page)).toBe('Controleer de import');
      const main = (await page.locator('main').textContent()) ?? '';
      if (viewport === 'desktop') {
        expect(main).toContain('Worden toegevoegd: 2 organisaties en 3 contactpersonen.');
        expect(main).toContain('Kloppen niet en worden overgeslagen: 1 regel.');
        expect(main).toContain('“geen-adres” is geen geldig e-mailadres.');
        expect(main).toContain('Piet "PJ" Jansen');
      } else {
        // Imported by the desktop run already: the same file again creates nothing.
        expect(main).toContain('Er is niets nieuw om te importeren.');
        expect(main).toContain('Staan er al in: 3 contactpersonen.');
      }
      await check(page, `import-preview-${viewport}`);

      if (viewport === 'desktop') {
        await page.getByRole('button', { name: 'Importeer 2 organisaties en 3 contactpersonen' }).click();
        expect(await heading(page)).toBe('Organisaties');
        await expect(page.getByRole('status').textContent()).resolves.toContain(
          'Geïmporteerd: 2 organisaties en 3 contactpersonen.',
        );
        await expect(page.getByRole('link', { name: 'Het Baken College' }).count()).resolves.toBe(1);
      }
      await page.context().close();
    }
  }, 300_000);
});
