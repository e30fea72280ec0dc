// Insight in a real browser on the demo: the theme chart renders (screenshot), the tables read without colour,
// presence is recorded after a meeting, and the annual report prints on A4. Axe on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import {
  heading,
  logInByLink,
  pageCheck,
  screenshot,
  useBrowserSession,
  type viewports,
} from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps, running.config));

async function loggedIn(email: string, viewport: keyof typeof viewports = 'desktop'): Promise<Page> {
  const context = await newContext(viewport);
  const page = await context.newPage();
  await logInByLink(page, server, email);
  return page;
}

const check = pageCheck('insight');

describe('insight', () => {
  it('shows the demo’s themes, participation and follow-through, and prints the annual report', async () => {
    const page = await loggedIn(DEMO_COORDINATOR_EMAIL);
    await page.getByRole('link', { name: 'Inzicht' }).click();
    expect(await heading(page)).toBe('Inzicht');
    // The chart is drawn: one bar per theme with topics, each with its number written next to it.
    const chart = page.getByRole('img', { name: 'Agendapunten per thema en halfjaar' });
    await expect(chart.isVisible()).resolves.toBe(true);
    expect(await page.locator('.ko-chart__bar').count()).toBeGreaterThan(0);
    const box = await chart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(80);
    await expect(
      page.getByRole('table', { name: 'Deelname per organisatie en overleg' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('table', { name: 'Afspraken per organisatie' }).isVisible()).resolves.toBe(
      true,
    );
    await check(page, 'desktop');

    await page.getByRole('link', { name: /^Jaarverslag/ }).click();
    expect(await heading(page)).toMatch(/^Jaarverslag kennisuitwisseling /);
    await check(page, 'report');
    // Printed on A4: the navigation is gone and the report fits the page width.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav').first().isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await screenshot(page, 'insight-report-print');
  });

  it('reads on a phone for a member, without anyone’s contact details', async () => {
    const page = await loggedIn('zorg@polderlicht.example', 'phone');
    await page.goto(`${server.baseUrl}/insight`);
    expect(await heading(page)).toBe('Inzicht');
    const content = (await page.locator('main').textContent()) ?? '';
    expect(content).not.toContain('@');
    // Nothing wider than the phone but the scrollable tables themselves.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await check(page, 'phone');
  });
});
