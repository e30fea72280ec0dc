// The foundation in a real browser: log in through the mailed link, manage an organisation and a contact, axe on every page.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { expectAxeClean, heading, screenshot, useBrowserSession } from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps));
let desktop: BrowserContext;

beforeAll(async () => {
  desktop = await newContext('desktop');
});

/** Every page the test visits is checked with axe and photographed, in the state the user sees it. */
const visited: string[] = [];
async function check(page: Page, name: string) {
  await expectAxeClean(page, name);
  await screenshot(page, `desktop-${name}`);
  visited.push(name);
}

describe('the foundation in a browser', () => {
  it('logs the coordinator in through the mailed link and manages an organisation and its contact', async () => {
    const page = await desktop.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Pages answer 422 to an invalid form on purpose; a stylesheet, script or image that fails to load is an error.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.request().isNavigationRequest()) {
        errors.push(`${response.status()} ${response.url()}`);
      }
    });

    // Anonymous: sent to the login page.
    await page.goto(`${server.baseUrl}/organisations`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await heading(page)).toBe('Inloggen');
    await check(page, 'login');

    await page.getByLabel('Werk-e-mailadres').fill(DEMO_COORDINATOR_EMAIL);
    const mailsBefore = (await server.readMails()).length;
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    expect(await heading(page)).toBe('Kijk in je mailbox');
    expect(await page.locator('main').textContent()).toContain(
      `Als ${DEMO_COORDINATOR_EMAIL} bij ons bekend is`,
    );
    await check(page, 'login-sent');

    // The worker writes the mail as a .eml file into DATA_DIR/mail.
    const { mail, file } = await server.waitForMail(DEMO_COORDINATOR_EMAIL, { since: mailsBefore });
    expect(file).toMatch(/\.eml$/);
    expect(mail.subject).toBe('Je inloglink voor het ketenoverleg');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]+\S*)/.exec(mail.text ?? '')?.[1];
    expect(link, mail.text).toBeDefined();
    expect(link?.startsWith(`${server.baseUrl}/login/`)).toBe(true);
    expect(link).toContain('?next=%2Forganisations');

    await page.goto(link as string);
    expect(await heading(page)).toBe('Inloggen bevestigen');
    await check(page, 'confirm');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    // Back where the coordinator wanted to go.
    await page.waitForURL(`${server.baseUrl}/organisations`);
    expect(await heading(page)).toBe('Organisaties');
    await check(page, 'organisations');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    expect(await heading(page)).toBe('Welkom, Ingrid Zwart');
    expect((await page.locator('.ko-user__name').textContent())?.replace(/\s+/g, ' ')).toBe(
      'Ingrid Zwart (Gemeente Dijk en Waard)',
    );
    await check(page, 'dashboard');

    // A new organisation: first an empty form, then a correct one.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Organisaties' })
      .click();
    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    expect(await heading(page)).toBe('Nieuwe organisatie');
    await check(page, 'organisation-new');

    await page.getByLabel('Plaats').fill('Broek op Langedijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await heading(page)).toBe('Nieuwe organisatie');
    const summary = page.locator('[data-error-summary]');
    await expect(summary.textContent()).resolves.toContain('Vul de naam van de organisatie in.');
    // The script moves focus to the summary, so screen reader users hear what went wrong.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await page.getByLabel('Plaats').inputValue()).toBe('Broek op Langedijk');
    await check(page, 'organisation-new-errors');
    await summary.getByRole('link', { name: 'Vul de naam van de organisatie in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-name');

    await page.getByLabel('Naam').fill('Scholengemeenschap Langedijk');
    await page.getByLabel('Soort').selectOption({ label: 'School' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await heading(page)).toBe('Scholengemeenschap Langedijk');
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Scholengemeenschap Langedijk is toegevoegd.',
    );
    await check(page, 'organisation');
    const organisationUrl = page.url();

    // A contact: add, then edit.
    await page.getByRole('link', { name: 'Nieuwe contactpersoon' }).click();
    expect(await heading(page)).toBe('Nieuwe contactpersoon');
    await check(page, 'contact-new');
    await page.getByLabel('Naam').fill('Noor Bakker');
    await page.getByLabel('Werk-e-mailadres').fill('zorg@langedijk.example');
    await page.getByLabel('Functie').fill('ondersteuningscoördinator');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(page.url()).toBe(organisationUrl);
    const row = page.getByRole('row', { name: /Noor Bakker/ });
    await expect(row.textContent()).resolves.toContain('zorg@langedijk.example');

    await row.getByRole('link', { name: 'Wijzigen Noor Bakker' }).click();
    expect(await heading(page)).toBe('Contactpersoon wijzigen');
    expect(await page.getByLabel('Werk-e-mailadres').inputValue()).toBe('zorg@langedijk.example');
    await page.getByLabel('Functie').fill('zorgcoördinator');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Noor Bakker is opgeslagen.');
    await expect(page.getByRole('row', { name: /Noor Bakker/ }).textContent()).resolves.toContain(
      'zorgcoördinator',
    );

    // An invalid edit keeps what was typed and explains it next to the field.
    await page
      .getByRole('row', { name: /Noor Bakker/ })
      .getByRole('link', { name: 'Wijzigen Noor Bakker' })
      .click();
    await page.getByLabel('Werk-e-mailadres').fill('noor bij langedijk');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByLabel('Werk-e-mailadres').inputValue()).toBe('noor bij langedijk');
    await expect(page.locator('#field-email-error').textContent()).resolves.toContain(
      'Vul een geldig e-mailadres in',
    );
    expect(await page.getByLabel('Werk-e-mailadres').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'contact-edit-errors');

    // The rest of the coordinator's foundation pages.
    const pages: [string, string, string][] = [
      ['/themes', 'Thema’s', 'themes'],
      ['/themes/new', 'Nieuw thema', 'theme-new'],
      ['/admin', 'Beheer', 'admin'],
      ['/admin/outbox', 'Verzonden mail', 'outbox'],
      ['/dev/mail', 'Mailmap', 'dev-mail'],
      ['/admin/audit', 'Logboek', 'audit'],
      ['/privacy', 'Privacy', 'privacy'],
      ['/toegankelijkheid', 'Toegankelijkheidsverklaring', 'accessibility'],
      [`${new URL(organisationUrl).pathname}/edit`, 'Organisatie wijzigen', 'organisation-edit'],
    ];
    for (const [path, title, name] of pages) {
      const response = await page.goto(`${server.baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await heading(page), path).toBe(title);
      await check(page, name);
    }

    // The outbox shows the login mail as sent; the mail folder opens the .eml.
    await page.goto(`${server.baseUrl}/admin/outbox`);
    await expect(
      page.getByRole('row', { name: new RegExp(DEMO_COORDINATOR_EMAIL) }).textContent(),
    ).resolves.toContain('verstuurd');
    await page.goto(`${server.baseUrl}/dev/mail`);
    await page.getByRole('link', { name: 'Je inloglink voor het ketenoverleg' }).first().click();
    expect(await page.locator('body').textContent()).toContain(`To: ${DEMO_COORDINATOR_EMAIL}`);

    // The audit log names who created the organisation and the contact, and which records by their titles.
    await page.goto(`${server.baseUrl}/admin/audit`);
    const log = (await page.locator('table').textContent()) ?? '';
    expect(log).toContain('Ingrid Zwart');
    expect(log).toMatch(/toegevoegd\s*organisatie ‘Scholengemeenschap Langedijk’/);
    expect(log).toMatch(/gewijzigd\s*contactpersoon ‘Noor Bakker’/);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays the same pages out on a 375 px phone without horizontal scrolling', async () => {
    const phone = await newContext('phone', { storageState: await desktop.storageState() });
    try {
      const page = await phone.newPage();
      const organisationId = server.deps.db.$client
        .prepare("select id from organisations where name = 'Scholengemeenschap Langedijk'")
        .pluck()
        .get();
      const paths: [string, string][] = [
        ['/', 'dashboard'],
        ['/organisations', 'organisations'],
        [`/organisations/${organisationId}`, 'organisation'],
        ['/organisations/new', 'organisation-new'],
        ['/themes', 'themes'],
        ['/admin/outbox', 'outbox'],
        ['/dev/mail', 'dev-mail'],
        ['/admin/audit', 'audit'],
        ['/privacy', 'privacy'],
      ];
      for (const [path, name] of paths) {
        const response = await page.goto(`${server.baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        await expectAxeClean(page, `phone ${name}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await screenshot(page, `phone-${name}`);
      }
      // The error state on a phone.
      await page.goto(`${server.baseUrl}/organisations/new`);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await screenshot(page, 'phone-organisation-new-errors');

      const anonymous = await newContext('phone');
      try {
        const login = await anonymous.newPage();
        await login.goto(`${server.baseUrl}/login`);
        await expectAxeClean(login, 'phone login');
        await screenshot(login, 'phone-login');
      } finally {
        await anonymous.close();
      }
    } finally {
      await phone.close();
    }
  });

  it('checked every foundation page', () => {
    expect(visited).toEqual(
      expect.arrayContaining([
        'login',
        'login-sent',
        'confirm',
        'dashboard',
        'organisations',
        'organisation',
        'organisation-new',
        'organisation-new-errors',
        'contact-new',
        'contact-edit-errors',
        'themes',
        'admin',
        'outbox',
        'dev-mail',
        'audit',
        'privacy',
        'accessibility',
      ]),
    );
  });
});
