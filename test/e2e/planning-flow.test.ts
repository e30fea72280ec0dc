// Planning as people use it, in a real browser: the compact planner (its height at 1280 px, the live count of ticked
// dates), the poll answered in the app from the start page, and the phone width (375 px) of the planner, the poll
// table, the poll mail and the navigation — nothing wider than the screen. Axe on every page; screenshots to look at.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import {
  heading,
  logInByLink,
  pageCheck,
  SCREENS_DIR,
  screenshot,
  useBrowserSession,
  viewports,
} from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps));

/** Before the compact planner the page was 4,507 px tall at 1280 px (demo data, default period): half of that. */
const MAX_PLANNER_HEIGHT = 2253;
const SCHOOL_EMAIL = 'zorg@polderlicht.example';

async function logIn(page: Page, email: string) {
  await logInByLink(page, server, email);
}

const check = pageCheck('planning');

/** How far the page reaches beyond the viewport's width (0 when nothing is wider than the screen). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('planning a meeting as people do it', () => {
  it('plans with a compact planner, answers in the app, and fits a phone', async () => {
    const context = await newContext('desktop');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, DEMO_COORDINATOR_EMAIL);

    // The planner at 1280 px: at most half as tall as before, the poll action beside the list.
    await page.goto(`${server.baseUrl}/planner`);
    expect(await heading(page)).toBe('Datumplanner');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`planner height at 1280 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(MAX_PLANNER_HEIGHT);
    const list = await page.locator('#field-dates').boundingBox();
    const action = await page.locator('.ko-planner__action').boundingBox();
    expect(action?.x).toBeGreaterThan((list?.x ?? 0) + (list?.width ?? 0) - 1);
    await check(page, 'planner-1280');

    // One tick per date, counted as you tick; the hint says how many before any error.
    await expect(page.locator('.ko-planner__action').textContent()).resolves.toContain(
      'Vink 3 tot 6 data aan',
    );
    const count = page.locator('#poll-count');
    expect(await count.textContent()).toBe('0 data aangevinkt');
    const rows = page.locator('tr.ko-candidate');
    await rows.nth(0).getByRole('checkbox').check();
    expect(await count.textContent()).toBe('1 datum aangevinkt');
    await rows.nth(1).getByRole('checkbox').check();
    await rows.nth(2).getByRole('checkbox').check();
    expect(await count.textContent()).toBe('3 data aangevinkt');
    await page.getByLabel('Naam van de peiling').fill('Ketenoverleg zomer 2027');
    // The demo already has an open poll for this half-year: a second one is a deliberate choice.
    await page.getByLabel('Ja, ik start bewust een tweede peiling voor deze periode').check();
    await page.getByRole('button', { name: 'Start datumpeiling met de aangevinkte data' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      'De datumpeiling is gestart',
    );
    const pollPath = new URL(page.url()).pathname;
    await check(page, 'poll-1280');

    // A school contact finds the poll on the start page and answers it in the app.
    const schoolContext = await newContext('phone');
    const school = await schoolContext.newPage();
    school.on('pageerror', (error) => errors.push(error.message));
    await logIn(school, SCHOOL_EMAIL);
    const polls = school.locator('#open-polls-title + p + .ko-open-polls');
    await expect(polls.textContent()).resolves.toContain('Ketenoverleg zomer 2027');
    await expect(polls.textContent()).resolves.toContain('je hebt nog niet geantwoord');
    await check(school, 'dashboard-poll-375');
    await school.getByRole('link', { name: /^Geef je antwoord.*Ketenoverleg zomer 2027/ }).click();
    expect(await heading(school)).toBe('Welke datum past?');
    const groups = school.getByRole('group');
    for (const [index, answer] of ['Ja, ik kan', 'Misschien', 'Nee, ik kan niet'].entries()) {
      await groups.nth(index).getByRole('radio', { name: answer }).check();
    }
    await school.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await expect(school.getByRole('status').first().textContent()).resolves.toContain(
      'je antwoorden zijn opgeslagen',
    );
    await check(school, 'answered-in-app-375');
    await school.goto(`${server.baseUrl}/`);
    await expect(school.locator('.ko-open-polls').textContent()).resolves.toContain('je hebt geantwoord');
    await schoolContext.close();

    // Phone width: the planner, the poll table, the navigation and the poll mail stay within 375 px.
    await page.setViewportSize(viewports.phone);
    await page.goto(`${server.baseUrl}/planner`);
    expect(await overflow(page)).toBe(0);
    const select = await page.locator('#field-periode').boundingBox();
    expect((select?.x ?? 0) + (select?.width ?? 0)).toBeLessThanOrEqual(viewports.phone.width);
    await check(page, 'planner-375');
    console.info(
      `planner height at 375 px: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`,
    );

    // The menu takes at most two rows.
    const itemTops = await page
      .locator('.ko-nav__list > li')
      .evaluateAll((items) => [
        ...new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))),
      ]);
    expect(itemTops.length).toBeLessThanOrEqual(2);
    await screenshot(page, 'planning-navigation-375');
    await page.locator('header').screenshot({ path: `${SCREENS_DIR}/planning-navigation-375-header.png` });

    await page.goto(`${server.baseUrl}${pollPath}`);
    expect(await overflow(page)).toBe(0);
    // Scrolled to the last date, the organisation names are still in view.
    const region = page.locator('.ko-table-scroll');
    await region.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const name = await page.getByRole('rowheader', { name: /Polderlicht College/ }).boundingBox();
    expect(name?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((name?.x ?? 0) + (name?.width ?? 0)).toBeLessThanOrEqual(viewports.phone.width / 2);
    await check(page, 'poll-table-375');
    await region.screenshot({ path: `${SCREENS_DIR}/planning-poll-table-375-scrolled.png` });

    const mail = (await server.readMails()).find(
      (read) => read.to === SCHOOL_EMAIL && read.mail.subject?.startsWith('Welke datum past?'),
    );
    expect(mail?.mail.html).toBeTruthy();
    // A blank page first: the app's Content-Security-Policy would block the mail's inline styles.
    await page.goto('about:blank');
    await page.setContent(String(mail?.mail.html));
    await screenshot(page, 'planning-poll-mail-375');
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
