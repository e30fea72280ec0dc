// The usual start of a browser test file: the real app on a free port and a headless chromium, for all its tests.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createLoginLink } from '../../../src/auth/login-link.js';
import { createContactsRepository } from '../../../src/organisations/contacts.repository.js';
import { launchBrowser, viewports } from './browser.js';
import { type RunningServer, startServer } from './server.js';

export interface BrowserSession {
  /** The running app; the same object for the whole file, filled in before its first test. */
  server: RunningServer;
  /** A new Dutch-speaking browser context at the given viewport; the browser closes them all after the file. */
  newContext(
    viewport?: keyof typeof viewports,
    options?: Omit<BrowserContextOptions, 'viewport' | 'locale'>,
  ): Promise<BrowserContext>;
}

/**
 * Starts the server (then `seed` fills its database) and the browser before the file's tests, and closes both after
 * them. Destructure the result at the top of the file; use `server` inside tests and hooks only.
 */
export function useBrowserSession(seed?: (server: RunningServer) => void): BrowserSession {
  const server = {} as RunningServer;
  let browser: Browser | undefined;
  beforeAll(async () => {
    Object.assign(server, await startServer());
    seed?.(server);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.close?.();
  });
  return {
    server,
    async newContext(viewport = 'desktop', options = {}) {
      if (!browser) throw new Error('the browser is started in beforeAll: open contexts in tests and hooks');
      return browser.newContext({ ...options, viewport: viewports[viewport], locale: 'nl-NL' });
    },
  };
}

/** The page's first heading, as the user reads it. */
export async function heading(page: Page): Promise<string | undefined> {
  return (await page.locator('h1').first().textContent())?.trim();
}

/**
 * Logs the page in as the contact with this e-mail address through a personal login link (as the mailed link does,
 * without waiting for the mail): the link's confirmation page, then "Inloggen".
 */
export async function logInByLink(page: Page, server: RunningServer, email: string): Promise<void> {
  const contact = createContactsRepository(server.deps.db).findByEmail(email);
  if (!contact) throw new Error(`no contact with address ${email}`);
  await page.goto(createLoginLink(server.deps, server.config, contact.id));
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
