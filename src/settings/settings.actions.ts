// Changes to the installation: its first set-up (`cli init`) and saving its settings, each one transaction with the
// audit entry, after which the cached settings are dropped.
import { createAuditRepository, recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import type { ContactValues } from '../organisations/organisations.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import type { ActionContext } from '../shared/action.js';
import { installationContents } from './installation.js';
import { forgetSettings, gemeenteOrganisationName, type Settings } from './settings.js';
import { createSettingsRepository } from './settings.repository.js';

export function saveSettings(db: DbOrTx, ctx: ActionContext, values: Settings): void {
  db.transaction((tx) => {
    createSettingsRepository(tx).save(values, ctx.now);
    if (ctx.actor) recordAudit(tx, ctx.actor, 'update', 'settings', 1, ctx.now);
  });
  forgetSettings();
}

export interface InstallationInput {
  settings: Settings;
  coordinator: ContactValues;
}

/** `cli init` on an installation that already has organisations or settings: nothing is changed. */
export class InstallationNotEmptyError extends Error {
  readonly code = 'INSTALLATION_NOT_EMPTY';
  constructor(readonly contents: ReturnType<typeof installationContents>) {
    super('installation is not empty');
  }
}

/**
 * The first installation: the gemeente as a core organisation, its first coordinator and the settings, in one
 * transaction. Refused when anything is there already: init must never mix a new gemeente into existing data.
 */
export function initInstallation(
  db: DbOrTx,
  ctx: ActionContext,
  input: InstallationInput,
): { organisationId: number; coordinatorId: number } {
  const ids = db.transaction((tx) => {
    const contents = installationContents(tx);
    if (contents.organisations || contents.settings) throw new InstallationNotEmptyError(contents);
    const now = ctx.now.toISOString();
    const organisationId = createOrganisationsRepository(tx).insert(
      { name: gemeenteOrganisationName(input.settings.gemeenteName), kind: 'core', place: null },
      now,
    );
    const coordinatorId = createContactsRepository(tx).insert(organisationId, input.coordinator, now);
    createSettingsRepository(tx).save(input.settings, ctx.now);
    // Nobody is logged in at installation: the audit log names no actor.
    createAuditRepository(tx).record(
      { actorContactId: null, action: 'create', entity: 'settings', entityId: 1 },
      ctx.now,
    );
    return { organisationId, coordinatorId };
  });
  forgetSettings();
  return ids;
}
