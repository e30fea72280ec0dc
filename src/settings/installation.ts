// Whether an installation is still empty: the quick start loads the demo into it, `cli init` fills it.
import type { DbOrTx } from '../db/connection.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createSettingsRepository } from './settings.repository.js';

/** What makes an installation not empty; both empty means a fresh data folder. */
export function installationContents(db: DbOrTx): { organisations: boolean; settings: boolean } {
  return {
    organisations: createOrganisationsRepository(db).list({ includeArchived: true }).length > 0,
    settings: createSettingsRepository(db).find() !== null,
  };
}

export function installationIsEmpty(db: DbOrTx): boolean {
  const contents = installationContents(db);
  return !contents.organisations && !contents.settings;
}
