// What a start of the server does with an empty data folder: the quick start (no SMTP, DEMO not false) loads the demo
// and hands out one coordinator login link; any other start loads nothing and prints no link (logs are not for links).
import { createLoginLink } from '../auth/login-link.js';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { seedSchoolHolidays } from '../meetings/holidays.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { installationIsEmpty } from '../settings/installation.js';
import { loadDemo } from './demo.js';
import { DEMO_COORDINATOR_EMAIL } from './demo-data.js';

export type FirstStart =
  /** The quick start: the demo was loaded; print this link once. */
  | { kind: 'demo'; loginLink: string }
  /** A fresh data folder without the demo: it waits for `cli init`. */
  | { kind: 'empty' }
  /** An installation that has data: nothing to do, nothing to print. */
  | { kind: 'existing' };

/**
 * What every start of the server does before the app is built: the first start (above), then the shipped school
 * holidays of each region that has none yet, which the planner reads from the database.
 */
export function prepareStart(deps: Pick<Deps, 'db' | 'now' | 'newToken'>, config: Config): FirstStart {
  const firstStart = prepareFirstStart(deps, config);
  seedSchoolHolidays(deps.db, deps.now());
  return firstStart;
}

export function prepareFirstStart(deps: Pick<Deps, 'db' | 'now' | 'newToken'>, config: Config): FirstStart {
  if (!installationIsEmpty(deps.db)) return { kind: 'existing' };
  // With real SMTP this is a real installation: demo mail must never reach a mail server, and people log in by mail.
  if (!config.demo || config.smtpUrl) return { kind: 'empty' };
  loadDemo(deps, config);
  const coordinator = createContactsRepository(deps.db).findByEmail(DEMO_COORDINATOR_EMAIL);
  if (!coordinator) return { kind: 'empty' };
  return { kind: 'demo', loginLink: createLoginLink(deps, config, coordinator.id) };
}
