// On the embedded default, a first start fills an empty database with the demo and hands out a login link.
import { createLoginLink } from '../auth/login-link.js';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { loadDemo } from './demo.js';
import { DEMO_COORDINATOR_EMAIL } from './demo-data.js';

/** Returns a coordinator login link to print, or null when there is nothing to hand out. */
export function prepareFirstStart(
  deps: Pick<Deps, 'db' | 'now' | 'newToken'>,
  config: Config,
): string | null {
  const empty = createOrganisationsRepository(deps.db).list({ includeArchived: true }).length === 0;
  if (empty) loadDemo(deps, config);
  // With real SMTP, people log in through their mailbox; a printed link is only for the embedded default.
  if (config.smtpUrl) return null;
  const coordinator = createContactsRepository(deps.db).findByEmail(DEMO_COORDINATOR_EMAIL);
  if (!coordinator || coordinator.archivedAt || coordinator.access !== 'coordinator') return null;
  return createLoginLink(deps, config, coordinator.id);
}
