// Agreements in a real browser: the coordinator records an agreement for Halt after the meeting and mails the list,
// Halt's contact sees it on the dashboard and reports progress, and it is on the next meeting's agenda. Axe on every page.
import { DateTime } from 'luxon';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAgendaRepository } from '../../src/agenda/agenda.repository.js';
import { aTopic } from '../helpers/agenda-builders.js';
import { aContact, anOrganisation, aTheme } from '../helpers/builders.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { heading, pageCheck, type RunningServer, useBrowserSession, viewports } from './helpers/index.js';

const COORDINATOR_EMAIL = 'coordinator@dijkenwaard.example';
const HALT_EMAIL = 'halt@halt.example';
const AGREEMENT = 'Halt geeft voorlichting over vapes in alle tweede klassen; daarna evalueren we “samen”.';

const { server, newContext } = useBrowserSession(seed);
let coordinator: BrowserContext;
let halt: BrowserContext;
let heldId: number;
let nextId: number;

function seed({ deps: { db } }: RunningServer) {
  const gemeente = anOrganisation(db, {
    name: 'Gemeente Dijk en Waard',
    kind: 'core',
    place: 'Heerhugowaard',
  });
  aContact(db, gemeente.id, { name: 'Ingrid Zwart', email: COORDINATOR_EMAIL, access: 'coordinator' });
  const haltOrganisation = anOrganisation(db, { name: 'Halt', kind: 'core' });
  aContact(db, haltOrganisation.id, { name: 'Samira Bouzid', email: HALT_EMAIL, access: 'member' });
  const school = anOrganisation(db, { name: 'Polderlicht College', kind: 'school', place: 'Heerhugowaard' });
  aContact(db, school.id, { name: 'Dennis Kok', email: 'zorg@polderlicht.example', access: 'member' });
  const theme = aTheme(db, { name: 'Roken en vapes' });
  // Yesterday's meeting, still "gepland" until the coordinator records it, and the next one in six weeks.
  const yesterday = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 1 });
  heldId = aMeeting(db, { title: 'Ketenoverleg – gisteren', date: yesterday.toISODate() ?? '' }).id;
  const later = DateTime.now().setZone('Europe/Amsterdam').plus({ weeks: 6 });
  nextId = aMeeting(db, {
    title: 'Ketenoverleg – volgende',
    date: later.toISODate() ?? '',
    topicDeadline: later.minus({ weeks: 2 }).toUTC().toISO() ?? '',
  }).id;
  const agenda = createAgendaRepository(db);
  const topic = aTopic(db, {
    organisationId: school.id,
    themeId: theme.id,
    meetingId: heldId,
    title: 'Vapes in de onderbouw',
    status: 'geagendeerd',
  });
  agenda.ensureStandingItems(heldId);
  agenda.addTopic(heldId, topic.id, 30, null);
  agenda.ensureStandingItems(nextId);
}

beforeAll(async () => {
  coordinator = await newContext('desktop');
  halt = await newContext('desktop');
});

const errors: string[] = [];
const main = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

const check = pageCheck('agreements');

/** The same page at phone width, checked too. */
async function checkPhone(context: BrowserContext, url: string, name: string) {
  const phone = await context.newPage();
  await phone.setViewportSize(viewports.phone);
  await phone.goto(url);
  await check(phone, `${name}-phone`);
  await phone.close();
}

async function logIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
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

describe('agreements in a browser', () => {
  it('goes from the coordinator’s recording to the partner’s dashboard and the next agenda', async () => {
    // The coordinator records the topic's minutes and an agreement for Halt; a first save without an owner fails
    // and keeps what was typed.
    const page = await logIn(coordinator, COORDINATOR_EMAIL);
    await page.goto(`${server.baseUrl}/meetings/${heldId}`);
    await page.getByRole('link', { name: 'Verslag en afspraken van dit overleg' }).click();
    expect(await heading(page)).toBe('Verslag: Ketenoverleg – gisteren');
    await check(page, 'minutes-empty');
    // Chromium names a link with a visually hidden part as "Vastleggen : …".
    await page.getByRole('link', { name: /^Vastleggen\s*:\s*Vapes in de onderbouw$/ }).click();
    expect(await heading(page)).toBe('Vastleggen: Vapes in de onderbouw');
    await page.getByLabel('Verslag').fill('Alle scholen herkennen het beeld; Halt biedt voorlichting aan.');
    await page.getByLabel('Wat is er afgesproken?').fill(AGREEMENT);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('[data-error-summary]').textContent()).resolves.toContain(
      'Kies bij afspraak 1 wie de afspraak uitvoert.',
    );
    expect(await page.getByLabel('Wat is er afgesproken?').inputValue()).toBe(AGREEMENT);
    await check(page, 'record-error');
    await page.getByRole('group', { name: 'Wie voert het uit?' }).getByLabel('Halt').check();
    await page.getByRole('button', { name: 'Nog een afspraak toevoegen' }).click();
    expect(await page.getByRole('group', { name: 'Afspraak 2' }).count()).toBe(1);
    expect(await page.getByLabel('Verslag').inputValue()).toBe(
      'Alle scholen herkennen het beeld; Halt biedt voorlichting aan.',
    );
    await check(page, 'record');
    await checkPhone(coordinator, page.url(), 'record');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await heading(page)).toBe('Verslag: Ketenoverleg – gisteren');
    expect(await main(page)).toContain('Het overleg staat nu op gehouden.');
    expect(await main(page)).toContain(AGREEMENT);
    await check(page, 'minutes');

    // The agreement list goes to everyone invited, Halt included.
    const before = (await server.readMails()).length;
    await page.getByRole('button', { name: 'Afsprakenlijst mailen naar alle uitgenodigden' }).click();
    const { mail } = await server.waitForMail(HALT_EMAIL, { since: before });
    expect(mail.subject).toMatch(/^Afsprakenlijst van het ketenoverleg van /);
    expect(mail.text).toContain(
      `- ${AGREEMENT}\n  Vapes in de onderbouw · open\n  Wie: Halt\n  Uiterlijk: voor het volgende overleg`,
    );
    expect(mail.html).toContain(
      'Halt geeft voorlichting over vapes in alle tweede klassen; daarna evalueren we',
    );

    // Halt's contact sees it on the dashboard and reports progress.
    const haltPage = await logIn(halt, HALT_EMAIL);
    expect(await main(haltPage)).toContain('Open afspraken van Halt');
    await check(haltPage, 'dashboard');
    await checkPhone(halt, `${server.baseUrl}/`, 'dashboard');
    await haltPage.getByRole('link', { name: AGREEMENT }).click();
    expect(await heading(haltPage)).toMatch(/^Afspraak \d+$/);
    await haltPage
      .getByLabel('Voortgang melden')
      .fill('Voorlichting is ingepland in de week na de herfstvakantie.');
    await haltPage.getByRole('button', { name: 'Voortgang opslaan' }).click();
    expect(await main(haltPage)).toContain('Je voortgang is opgeslagen.');
    expect(await main(haltPage)).toContain('Voorlichting is ingepland in de week na de herfstvakantie.');
    await check(haltPage, 'agreement');

    // It is on the next meeting's agenda under "Openstaande afspraken", with the progress note.
    await page.goto(`${server.baseUrl}/meetings/${nextId}/agenda`);
    const row = page.getByRole('row', { name: /Openstaande afspraken/ });
    await expect(row.textContent()).resolves.toContain(AGREEMENT);
    await expect(row.textContent()).resolves.toContain(
      'Voorlichting is ingepland in de week na de herfstvakantie.',
    );
    await expect(page.getByRole('row', { name: /Verslag vorige keer/ }).textContent()).resolves.toContain(
      'Verslag van Ketenoverleg – gisteren',
    );
    await check(page, 'next-agenda');

    // The register, from the navigation.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Afspraken' })
      .click();
    expect(await heading(page)).toBe('Afsprakenregister');
    expect(await main(page)).toContain(AGREEMENT);
    await check(page, 'register');
    await checkPhone(coordinator, page.url(), 'register');
    expect(errors).toEqual([]);
    // One long user journey with two logins, six axe checks and three phone pages.
  }, 420_000);
});
