// The calendar feed and the replies page in a real browser: making and replacing an organisation's feed link, the
// feed itself, the confirmation and the review page; axe on every page, screenshots at laptop and phone width.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { createOrganisationsRepository } from '../../src/organisations/organisations.repository.js';
import { heading, logInByLink, pageCheck, screenshot, useBrowserSession } from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps));
let desktop: BrowserContext;

beforeAll(async () => {
  desktop = await newContext('desktop');
});

const check = pageCheck('calendar-desktop');

describe('calendar feeds and replies in a browser', () => {
  it('lets the coordinator make, read and replace an organisation’s feed link', async () => {
    const page = await desktop.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logInByLink(page, server, DEMO_COORDINATOR_EMAIL);

    const school = createOrganisationsRepository(server.deps.db)
      .list({ includeArchived: false })
      .find((organisation) => organisation.kind === 'school');
    if (!school) throw new Error('the demo has no school');
    await page.goto(`${server.baseUrl}/organisations/${school.id}`);
    expect(await heading(page)).toBe(school.name);
    const section = page.locator('section[aria-labelledby="feed-title"]');
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Overleggen in je eigen agenda',
    );
    await section.getByRole('button', { name: 'Agendalink maken' }).click();
    await expect(page.locator('[role="status"], .utrecht-alert').first().textContent()).resolves.toContain(
      'De agendalink is gemaakt.',
    );
    const field = page.getByLabel(`Agendalink van ${school.name}`);
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await expect(section.textContent()).resolves.toContain('Abonneren via internet');
    await check(page, 'organisation-feed');
    const phone = await newContext('phone');
    const small = await phone.newPage();
    await logInByLink(small, server, DEMO_COORDINATOR_EMAIL);
    await small.goto(`${server.baseUrl}/organisations/${school.id}`);
    await small.locator('#feed-title').scrollIntoViewIfNeeded();
    await screenshot(small, 'calendar-phone-organisation-feed');
    await phone.close();

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('METHOD:PUBLISH');

    await section.getByRole('link', { name: 'Link vervangen' }).click();
    expect(await heading(page)).toBe(`Weet je zeker dat je de agendalink van ${school.name} wilt vervangen?`);
    await check(page, 'replace-confirm');
    await page.getByRole('button', { name: 'Link vervangen' }).click();
    const replaced = await page.getByLabel(`Agendalink van ${school.name}`).inputValue();
    expect(replaced).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);

    await page.goto(`${server.baseUrl}/replies`);
    expect(await heading(page)).toBe('Agenda-antwoorden');
    await check(page, 'replies');
    expect(errors).toEqual([]);
    // Two browser contexts and four axe runs: more than the default time on a busy machine.
  }, 240_000);
});
