// Invitations in a real browser: the demo's invitations are delivered as .eml files; a school contact opens the
// RSVP link from the mail on a phone, answers without logging in, and the coordinator sees the answer on the
// meeting page. The invitation mail's HTML is rendered at phone and desktop width. Axe on every page.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { heading, logInByLink, pageCheck, screenshot, useBrowserSession } from './helpers/index.js';

// With the config, the demo sends the upcoming meeting's invitations through the outbox to .eml files.
const { server, newContext } = useBrowserSession((running) => loadDemo(running.deps, running.config));
let coordinatorContext: BrowserContext;

beforeAll(async () => {
  coordinatorContext = await newContext('desktop');
});

const check = pageCheck('invitations');

/** The invitation among the demo's mail to `to` (the date poll went to the same address), once the worker wrote it. */
async function waitForInvitation(to: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await server.readMails()).find(
      (read) => read.to === to && /^Uitnodiging: /.test(read.mail.subject ?? ''),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No invitation to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('answering an invitation', () => {
  it('lets a partner answer from the link in the mail, and shows the coordinator who comes', async () => {
    const invitation = await waitForInvitation('zorg@polderlicht.example');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/rsvp\/[A-Za-z0-9_-]+)\?antwoord=ja/.exec(
      invitation.mail.text ?? '',
    )?.[1];
    if (!link) throw new Error(`no RSVP link in:\n${invitation.mail.text}`);

    // The mail as the partner sees it: its HTML in a browser at phone and desktop width.
    for (const size of ['phone', 'desktop'] as const) {
      const context = await newContext(size);
      const page = await context.newPage();
      await page.setContent(String(invitation.mail.html));
      await expect(page.getByRole('link', { name: 'Ik kom' }).getAttribute('href')).resolves.toBe(
        `${link}?antwoord=ja`,
      );
      await screenshot(page, `invitations-mail-${size}`);
      await context.close();
    }

    // The partner follows "Ik kan niet"... and changes their mind on the page: yes, with a comment.
    const partnerContext = await newContext('phone');
    const partner = await partnerContext.newPage();
    await partner.goto(`${link}?antwoord=nee`);
    expect(await heading(partner)).toBe('Kom je naar het ketenoverleg?');
    await expect(partner.getByRole('radio', { name: 'Nee, ik kan niet' }).isChecked()).resolves.toBe(true);
    await check(partner, 'rsvp');
    await partner.getByRole('radio', { name: 'Ja, ik kom' }).check();
    await partner
      .getByLabel('Opmerking voor de coördinator')
      .fill('Ik neem onze nieuwe zorgcoördinator mee.');
    await partner.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect(partner.getByRole('status').textContent()).resolves.toContain(
      'je antwoord is opgeslagen: komt',
    );
    await check(partner, 'rsvp-answered');
    await partnerContext.close();

    // The coordinator sees it on the meeting page and on the invitation page.
    const page = await coordinatorContext.newPage();
    await logInByLink(page, server, DEMO_COORDINATOR_EMAIL);
    await page.locator('#next-meeting-title + .ko-card h3 a').click();
    const schoolRow = page.getByRole('row', { name: /Polderlicht College/ });
    await expect(schoolRow.getByRole('cell').nth(0).textContent()).resolves.toContain('Dennis Kok');
    await expect(page.locator('.ko-attendance').textContent()).resolves.toContain('Lotte Smit');
    await check(page, 'meeting-attendance');
    await page.getByRole('link', { name: 'Uitnodigingen beheren' }).click();
    expect(await heading(page)).toBe('Uitnodigingen');
    await expect(page.locator('body').textContent()).resolves.toContain(
      '“Ik neem onze nieuwe zorgcoördinator mee.”',
    );
    await check(page, 'manage');
    // Three browser contexts and five axe runs: more than the default time on a busy machine.
  }, 240_000);
});
