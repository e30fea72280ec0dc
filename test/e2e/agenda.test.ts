// The agenda in a real browser: a school submits a topic (the privacy guard stops a pupil's name), the coordinator
// accepts and orders it, publishes, and the school sees the published agenda with the right start time. Axe on every page.
import { DateTime } from 'luxon';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import {
  expectAxeClean,
  heading,
  pageCheck,
  type RunningServer,
  screenshot,
  useBrowserSession,
  viewports,
} from './helpers/index.js';

const SCHOOL_EMAIL = 'zorg@polderlicht.example';
const COORDINATOR_EMAIL = 'coordinator@dijkenwaard.example';

const { server, newContext } = useBrowserSession(seed);
let school: BrowserContext;
let coordinator: BrowserContext;
let meetingId: number;

function seed({ deps: { db } }: RunningServer) {
  const gemeente = anOrganisation(db, {
    name: 'Gemeente Dijk en Waard',
    kind: 'core',
    place: 'Heerhugowaard',
  });
  aContact(db, gemeente.id, { name: 'Ingrid Zwart', email: COORDINATOR_EMAIL, access: 'coordinator' });
  const polderlicht = anOrganisation(db, {
    name: 'Polderlicht College',
    kind: 'school',
    place: 'Heerhugowaard',
  });
  aContact(db, polderlicht.id, { name: 'Dennis Kok', email: SCHOOL_EMAIL, access: 'member' });
  const brijder = anOrganisation(db, { name: 'Brijder', kind: 'optional', place: 'Alkmaar' });
  aContact(db, brijder.id, { name: 'Hanneke Post', email: 'preventie@brijder.example', access: 'member' });
  aTheme(db, { name: 'Roken en vapes', partnerIds: [brijder.id] });
  aTheme(db, { name: 'Vuurwerk' });
  // A planned meeting in four weeks, 15:00–17:00 in Amsterdam; topics until two weeks before.
  const start = DateTime.now()
    .setZone('Europe/Amsterdam')
    .plus({ weeks: 4 })
    .set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
  meetingId = aMeeting(db, {
    title: 'Ketenoverleg Veilige School – voorjaar',
    date: start.toISODate() ?? '',
    start: '15:00',
    end: '17:00',
    topicDeadline: start.minus({ weeks: 2 }).toUTC().toISO() ?? '',
  }).id;
}

beforeAll(async () => {
  school = await newContext('desktop');
  coordinator = await newContext('desktop');
});

const check = pageCheck('agenda');

/** The same check at laptop and phone width, for pages whose layout matters on both. */
async function checkBothWidths(page: Page, name: string) {
  await check(page, `${name}-1280`);
  await page.setViewportSize(viewports.phone);
  await check(page, `${name}-375`);
  await page.setViewportSize(viewports.desktop);
}

/** Script errors on any page; the test ends by asserting there were none. */
const errors: string[] = [];
const main = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** Logs in through the login page and the mailed link. */
async function logIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('Werk-e-mailadres').fill(email);
  const before = (await server.readMails()).length;
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  const { mail } = await server.waitForMail(email, { since: before });
  const link = /(http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  expect(link).toBeDefined();
  await page.goto(link as string);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${server.baseUrl}/`);
  return page;
}

describe('the agenda in a browser', () => {
  it('shows the privacy guard plainly: marked text, and the confirmation beside a warning', async () => {
    // Its own browser context, so the school's session in the flow below starts at the login page as before.
    const schoolPage = await logIn(await newContext('desktop'), SCHOOL_EMAIL);
    await schoolPage.goto(`${server.baseUrl}/topics/new`);
    await schoolPage.getByLabel('Thema').selectOption({ label: 'Roken en vapes' });
    await schoolPage.getByLabel(/^bespreken/).check();
    await schoolPage.getByLabel('Hoeveel minuten heb je nodig?').fill('20');
    // A blocked name in the title and a warned number in the text: the summary says plainly what is wrong.
    await schoolPage.getByLabel('Titel').fill('Vapes bij sanne de vries');
    await schoolPage
      .getByLabel('Toelichting')
      .fill('In de onderbouw worden vapes gedeeld. Folder via de balie, 072-5123456.');
    await schoolPage.getByRole('button', { name: 'Agendapunt indienen' }).click();
    await expect(schoolPage.locator('[data-error-summary] h2').textContent()).resolves.toBe(
      'Je tekst lijkt persoonsgegevens te bevatten',
    );
    await expect(schoolPage.locator('#field-title-privacy mark').textContent()).resolves.toBe(
      'sanne de vries',
    );
    await expect(schoolPage.locator('#field-description-privacy mark').textContent()).resolves.toBe(
      '072-5123456',
    );
    expect(await main(schoolPage)).not.toContain('Fout:');
    expect(await schoolPage.getByLabel(/dit is geen persoonsgegeven/).count()).toBe(0);
    await checkBothWidths(schoolPage, 'topic-blocked-and-warned');

    // Only the warning left: the confirmation sits right beside it.
    await schoolPage.getByLabel('Titel').fill('Vapes in de onderbouw');
    await schoolPage.getByRole('button', { name: 'Agendapunt indienen' }).click();
    await expect(schoolPage.locator('[data-error-summary] h2').textContent()).resolves.toBe(
      'Controleer je tekst op persoonsgegevens',
    );
    await expect(
      schoolPage
        .locator('#field-description-privacy')
        .getByLabel(/dit is geen persoonsgegeven/)
        .isVisible(),
    ).resolves.toBe(true);
    await checkBothWidths(schoolPage, 'topic-warned');
  });

  it('takes a topic from a school to the published agenda', async () => {
    // The school contact submits a topic, and is stopped by the privacy guard for a pupil's name.
    const schoolPage = await logIn(school, SCHOOL_EMAIL);
    await schoolPage
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Agendapunten' })
      .click();
    expect(await heading(schoolPage)).toBe('Agendapunten van Polderlicht College');
    await check(schoolPage, 'topics-empty');
    await schoolPage.getByRole('link', { name: 'Agendapunt indienen' }).click();
    expect(await heading(schoolPage)).toBe('Agendapunt indienen');
    await check(schoolPage, 'topic-new');

    await schoolPage.getByLabel('Thema').selectOption({ label: 'Roken en vapes' });
    await schoolPage.getByLabel('Titel').fill('Vapes in de onderbouw');
    await schoolPage
      .getByLabel('Toelichting')
      .fill('Daan Zwanenburg uit 2B deelt vapes uit in de pauze. Hoe pakken andere scholen dit aan?');
    await schoolPage.getByLabel(/^bespreken/).check();
    await schoolPage.getByLabel('Hoeveel minuten heb je nodig?').fill('20');
    await schoolPage.getByRole('button', { name: 'Agendapunt indienen' }).click();

    expect(await heading(schoolPage)).toBe('Agendapunt indienen');
    const summary = schoolPage.locator('[data-error-summary]');
    await expect(summary.textContent()).resolves.toContain(
      'De tekst bij “Toelichting” lijkt persoonsgegevens te bevatten.',
    );
    await expect(schoolPage.locator('#field-description-privacy mark').textContent()).resolves.toBe(
      'Daan Zwanenburg',
    );
    expect(await schoolPage.getByLabel('Titel').inputValue()).toBe('Vapes in de onderbouw');
    await check(schoolPage, 'topic-blocked');

    await schoolPage
      .getByLabel('Toelichting')
      .fill('In de onderbouw worden in de pauze vapes gedeeld. Hoe pakken andere scholen dit aan?');
    await schoolPage.getByRole('button', { name: 'Agendapunt indienen' }).click();
    expect(await heading(schoolPage)).toBe('Agendapunten van Polderlicht College');
    expect(await main(schoolPage)).toContain('Je agendapunt “Vapes in de onderbouw” is ingediend.');
    expect(await main(schoolPage)).toContain('Status: ingediend');
    await check(schoolPage, 'topics');

    // The coordinator accepts it onto the agenda.
    const coordinatorPage = await logIn(coordinator, COORDINATOR_EMAIL);
    await coordinatorPage
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Agendapunten' })
      .click();
    expect(await heading(coordinatorPage)).toBe('Agendapunten en agenda’s');
    await check(coordinatorPage, 'overview');
    await coordinatorPage.getByRole('link', { name: /^Agendapunten beoordelen/ }).click();
    expect(await heading(coordinatorPage)).toBe('Agendapunten beoordelen');
    await check(coordinatorPage, 'triage');
    const mailsBeforeAccept = (await server.readMails()).length;
    await coordinatorPage.getByRole('button', { name: /^Op de agenda\s*:\s*Vapes in de onderbouw$/ }).click();
    await expect(coordinatorPage.getByRole('status').first().textContent()).resolves.toContain(
      '“Vapes in de onderbouw” staat op de agenda. Polderlicht College krijgt hierover een mail.',
    );
    const accepted = await server.waitForMail(SCHOOL_EMAIL, { since: mailsBeforeAccept });
    expect(accepted.mail.subject).toBe('Je agendapunt “Vapes in de onderbouw”: geagendeerd');

    // ... and orders it: one place up, before the open agreements (the script moves it without a reload).
    await coordinatorPage.getByRole('link', { name: 'Agenda samenstellen' }).click();
    expect(await heading(coordinatorPage)).toBe('Agenda samenstellen');
    const topicRow = coordinatorPage.getByRole('row', { name: /Vapes in de onderbouw/ });
    await expect(topicRow.locator('td').first().textContent()).resolves.toBe('15:30–15:50');
    await check(coordinatorPage, 'builder');
    await coordinatorPage.getByRole('button', { name: 'Agendapunt Vapes in de onderbouw omhoog' }).click();
    await expect
      .poll(() =>
        coordinatorPage
          .getByRole('row', { name: /Vapes in de onderbouw/ })
          .locator('td')
          .first()
          .textContent(),
      )
      .toBe('15:15–15:35');
    // Focus stays on the moved item's button, so a keyboard user can keep moving it.
    expect(await coordinatorPage.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Agendapunt Vapes in de onderbouw omhoog',
    );
    await expect(coordinatorPage.locator('#agenda-live').textContent()).resolves.toContain(
      '“Vapes in de onderbouw” is verplaatst naar plek 3.',
    );
    await check(coordinatorPage, 'builder-moved');

    // Typed minutes survive moving another item: the move sends them along and saves them.
    const vapesMinutes = coordinatorPage.getByLabel(/Minuten voor Vapes in de onderbouw/);
    await vapesMinutes.fill('35');
    await coordinatorPage.getByRole('button', { name: 'Agendapunt Rondvraag omhoog' }).click();
    await expect
      .poll(() =>
        coordinatorPage
          .getByRole('row', { name: /Openstaande afspraken/ })
          .locator('td')
          .first()
          .textContent(),
      )
      .toBe('16:00–16:15');
    expect(await coordinatorPage.getByLabel(/Minuten voor Vapes in de onderbouw/).inputValue()).toBe('35');
    await expect(
      coordinatorPage
        .getByRole('row', { name: /Vapes in de onderbouw/ })
        .locator('td')
        .first()
        .textContent(),
    ).resolves.toBe('15:15–15:50');
    // Typing that is not saved yet: leaving the page asks first, and staying keeps it.
    await coordinatorPage.getByLabel(/Minuten voor Vapes in de onderbouw/).fill('40');
    const asked = new Promise<string>((resolve) =>
      coordinatorPage.once('dialog', (dialog) => {
        resolve(dialog.type());
        dialog.dismiss().catch(() => {});
      }),
    );
    await coordinatorPage.getByRole('link', { name: 'Agendapunten beoordelen' }).click({ noWaitAfter: true });
    expect(await asked).toBe('beforeunload');
    expect(await heading(coordinatorPage)).toBe('Agenda samenstellen');
    expect(await coordinatorPage.getByLabel(/Minuten voor Vapes in de onderbouw/).inputValue()).toBe('40');
    await coordinatorPage.getByLabel(/Minuten voor Vapes in de onderbouw/).fill('35');

    const mailsBeforePublish = (await server.readMails()).length;
    await coordinatorPage.getByRole('link', { name: 'Agenda publiceren…' }).click();
    // The preview says who gets the mail and why before anything is sent.
    await expect(coordinatorPage.locator('h1').textContent()).resolves.toBe(
      'Agenda publiceren: controleer de mail',
    );
    await expect(coordinatorPage.locator('main').textContent()).resolves.toContain(
      'vanwege agendapunt ‘Vapes in de onderbouw’',
    );
    expect(await server.readMails()).toHaveLength(mailsBeforePublish);
    await check(coordinatorPage, 'publish-preview');
    await coordinatorPage.getByRole('button', { name: /^Publiceren en \d+ mails versturen$/ }).click();
    await expect(coordinatorPage.getByRole('status').first().textContent()).resolves.toContain(
      'De agenda is gepubliceerd.',
    );
    const published = await server.waitForMail(SCHOOL_EMAIL, { since: mailsBeforePublish });
    expect(published.mail.subject).toMatch(/^Agenda voor het ketenoverleg van /);
    // Brijder comes in with the theme of the accepted topic.
    await server.waitForMail('preventie@brijder.example', { since: mailsBeforePublish });

    // The school sees the published agenda with the right start time, theme and organisation.
    await schoolPage.goto(`${server.baseUrl}/meetings/${meetingId}/agenda`);
    expect(await heading(schoolPage)).toBe('Agenda: Ketenoverleg Veilige School – voorjaar');
    const row = schoolPage.getByRole('row', { name: /Vapes in de onderbouw/ });
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
    expect(cells).toEqual(['15:15–15:50', 'Roken en vapes', 'Polderlicht College']);
    expect(await main(schoolPage)).not.toContain('Concept');
    await check(schoolPage, 'published');

    // The same page at phone width.
    const phone = await school.newPage();
    await phone.setViewportSize(viewports.phone);
    await phone.goto(`${server.baseUrl}/meetings/${meetingId}/agenda`);
    await expectAxeClean(phone, 'published-phone');
    await screenshot(phone, 'agenda-published-phone');
    expect(errors).toEqual([]);
  });
});
