// The half-yearly planning in a real browser: planner → date poll → two contacts answer from their .eml links →
// the coordinator turns the best date into a planned meeting. Axe on every page, desktop and phone screenshots.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import {
  heading,
  logInByLink,
  pageCheck,
  screenshot,
  useBrowserSession,
  viewports,
} from './helpers/index.js';

const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps));
let coordinatorContext: BrowserContext;

beforeAll(async () => {
  coordinatorContext = await newContext('desktop');
});

const check = pageCheck('meetings');

/** A contact answers on the public page behind their personal link, in a browser of their own (no login). */
async function answerPoll(link: string, answers: string[], name: string) {
  const context = await newContext('phone');
  try {
    const page = await context.newPage();
    await page.goto(link);
    expect(await heading(page)).toBe('Welke datum past?');
    await check(page, `${name}-poll`);
    const groups = page.getByRole('group');
    expect(await groups.count()).toBe(answers.length);
    for (const [index, answer] of answers.entries()) {
      await groups.nth(index).getByRole('radio', { name: answer }).check();
    }
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('je antwoorden zijn opgeslagen');
    await check(page, `${name}-answered`);
  } finally {
    await context.close();
  }
}

const pollLink = (text: string | undefined) => {
  const link = /(http:\/\/127\.0\.0\.1:\d+\/poll\/[A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];
  if (!link) throw new Error(`no poll link in:\n${text}`);
  return link;
};

describe('planning the next meeting with a date poll', () => {
  it('goes from the planner to a planned meeting on the date most organisations can make', async () => {
    const page = await coordinatorContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await logInByLink(page, server, DEMO_COORDINATOR_EMAIL);
    expect(await heading(page)).toBe('Welkom, Ingrid Zwart');
    await expect(page.locator('#next-meeting-title + .ko-card').textContent()).resolves.toMatch(
      /Agendapunten indienen: (nog \d+ dagen?|vandaag)/,
    );
    await check(page, 'dashboard');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overleggen' })
      .click();
    expect(await heading(page)).toBe('Overleggen');
    await check(page, 'list');

    // The planner: candidates with reasons; three go into a poll.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Datumplanner' })
      .click();
    expect(await heading(page)).toBe('Datumplanner');
    await expect(page.locator('.ko-planner-basis').textContent()).resolves.toContain(
      'Zes maanden na het overleg van',
    );
    await check(page, 'planner');
    // A half-year further ahead: its middle always has plenty of dates, whatever day the test runs.
    const period = page.getByLabel('Periode', { exact: true });
    const halfYear = await period.locator('option').nth(3).getAttribute('value');
    await period.selectOption(halfYear ?? '');
    await page.getByRole('button', { name: 'Zoek data' }).click();
    await expect(page.locator('.ko-planner-basis').textContent()).resolves.toContain(
      'Het midden van het halfjaar',
    );
    const candidates = page.locator('tr.ko-candidate');
    expect(await candidates.count()).toBeGreaterThanOrEqual(3);
    const chosen: string[] = [];
    for (let index = 0; index < 3; index++) {
      const candidate = candidates.nth(index);
      // The row names the day ("1. dinsdag 6 oktober 2026"); every candidate has the searched times.
      const day = ((await candidate.locator('th label').textContent()) ?? '')
        .replace(/^\s*\d+\.\s*/, '')
        .trim();
      chosen.push(`${day}, 15:00–17:00`);
      await candidate.getByRole('checkbox').check();
    }
    // The demo's own poll may plan the same half-year, depending on today's date: then a second poll is confirmed.
    const secondPoll = page.getByLabel('Ja, ik start bewust een tweede peiling voor deze periode');
    if ((await secondPoll.count()) > 0) await secondPoll.check();
    const mailsBefore = (await server.readMails()).length;
    await page.getByRole('button', { name: 'Start datumpeiling met de aangevinkte data' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      'De datumpeiling is gestart',
    );
    const pollUrl = page.url();
    expect(pollUrl).toMatch(/\/polls\/\d+$/);
    await check(page, 'poll-started');

    // Two contacts open the link in their mail and answer; the school's answers make the second date the best.
    const inDateOrder = [...chosen].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
    const school = await server.waitForMail('zorg@polderlicht.example', { since: mailsBefore });
    const police = await server.waitForMail('jeugdagent@politie.example', { since: mailsBefore });
    expect(school.mail.subject).toMatch(/^Welke datum past\? /);
    for (const option of inDateOrder) expect(school.mail.text).toContain(option);
    await answerPoll(pollLink(school.mail.text), ['Nee, ik kan niet', 'Ja, ik kan', 'Misschien'], 'school');
    await answerPoll(pollLink(police.mail.text), ['Ja, ik kan', 'Ja, ik kan', 'Nee, ik kan niet'], 'police');

    // The tally: the best date is marked in words, and chosen for the meeting.
    await page.goto(pollUrl);
    const best = inDateOrder[1] ?? '';
    await expect(page.locator('.ko-best').textContent()).resolves.toContain(`${best} is de beste datum`);
    const bestHeader = page.locator('thead th', { hasText: 'Beste datum' });
    expect(await bestHeader.count()).toBe(1);
    const schoolRow = page.getByRole('row', { name: /Polderlicht College/ });
    await expect(schoolRow.textContent()).resolves.toMatch(/nee[\s\S]*ja[\s\S]*misschien/);
    await check(page, 'poll-tally');
    await screenshot(page, 'meetings-poll-tally-desktop');

    expect(await page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(best)}`) }).isChecked()).toBe(
      true,
    );
    const beforeOutcome = (await server.readMails()).length;
    await page.getByRole('button', { name: 'Maak het overleg en sluit de peiling' }).click();

    // The planned meeting, on the chosen date, in Dutch.
    expect(page.url()).toMatch(/\/meetings\/\d+$/);
    await expect(page.locator('.ko-meeting-when').textContent()).resolves.toBe(best);
    await expect(page.locator('.ko-facts').textContent()).resolves.toContain('gepland');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('de peiling is gesloten');
    await check(page, 'meeting');
    const meetingPath = new URL(page.url()).pathname;

    // Both who answered hear the outcome.
    for (const to of ['zorg@polderlicht.example', 'jeugdagent@politie.example']) {
      const outcome = await server.waitForMail(to, { since: beforeOutcome });
      expect(outcome.mail.subject).toMatch(/^Uitkomst datumpeiling: /);
      expect(outcome.mail.text).toContain(`Het overleg is op ${best}.`);
    }

    // The link no longer takes answers and says when the meeting is.
    const late = await newContext('phone');
    const latePage = await late.newPage();
    const response = await latePage.goto(pollLink(school.mail.text));
    expect(response?.status()).toBe(410);
    await expect(latePage.locator('main').textContent()).resolves.toContain(`Het overleg is op ${best}.`);
    await check(latePage, 'poll-closed');
    await late.close();

    // The other meeting pages: edit form, cancel form, holidays, poll list; and the phone view.
    for (const [path, title, name] of [
      [`${meetingPath}/edit`, 'Overleg wijzigen', 'edit'],
      [`${meetingPath}/cancel`, 'Overleg annuleren', 'cancel'],
      ['/meetings/new', 'Nieuw overleg', 'new'],
      ['/polls', 'Datumpeilingen', 'polls'],
      ['/admin/holidays', 'Schoolvakanties regio Noord', 'holidays'],
      ['/admin/holidays/new', 'Schoolvakantie toevoegen', 'holiday-new'],
    ] as const) {
      const visited = await page.goto(`${server.baseUrl}${path}`);
      expect(visited?.status(), path).toBe(200);
      expect(await heading(page), path).toBe(title);
      await check(page, name);
    }
    // An invalid edit: the error summary and the field message, also checked with axe.
    await page.goto(`${server.baseUrl}${meetingPath}/edit`);
    await page.getByLabel('Begintijd').fill('18:00');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await expect(page.locator('[data-error-summary]').textContent()).resolves.toContain(
      'De eindtijd moet na de begintijd liggen.',
    );
    await check(page, 'edit-errors');

    await page.setViewportSize(viewports.phone);
    for (const [path, name] of [
      ['/planner', 'planner-phone'],
      [new URL(pollUrl).pathname, 'poll-phone'],
      [meetingPath, 'meeting-phone'],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await check(page, name);
    }
    expect(errors).toEqual([]);
  });
});

/** "dinsdag 6 oktober 2026, 15:00–17:00" → a sortable key, via the planner's own order of months. */
function dateOf(when: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const match = /(\d{1,2}) (\p{L}+) (\d{4}), (\d{2}:\d{2})/u.exec(when);
  if (!match) throw new Error(`not a Dutch date: ${when}`);
  const month = String(months.indexOf(match[2] ?? '') + 1).padStart(2, '0');
  return `${match[3]}-${month}-${(match[1] ?? '').padStart(2, '0')} ${match[4]}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
