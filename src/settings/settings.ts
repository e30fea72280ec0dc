// The installation's settings as plain data, their validation (pure), and the one cached read function every page,
// mail and calendar item uses to fill the gemeente's names into the locale's sentences.
import type { DbOrTx } from '../db/connection.js';
import { type HolidayRegion, holidayRegions } from '../db/schema/index.js';
import { checkText, type Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { isEmailAddress } from '../shared/email.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { createSettingsRepository } from './settings.repository.js';

export interface Settings {
  /** "Dijk en Waard", without the word gemeente. */
  gemeenteName: string;
  covenantName: string;
  holidayRegion: HolidayRegion;
  privacyContact: string;
}

/** Before `cli init` (or the demo) an installation has no settings; pages then name no gemeente. */
export const UNSET_SETTINGS: Settings = Object.freeze({
  gemeenteName: '',
  covenantName: '',
  holidayRegion: 'noord',
  privacyContact: '',
});

export const DEFAULT_COVENANT_NAME = 'Veilige School';

const MAX_NAME = 120;
const MAX_COVENANT = 200;
const GEMEENTE_PREFIX = /^gemeente\s+/i;

/** "Gemeente Dijk en Waard" and "Dijk en Waard" mean the same: the sentences add the word themselves. */
export function bareGemeenteName(name: string): string {
  return name.trim().replace(GEMEENTE_PREFIX, '').trim();
}

/** The organisation the gemeente is in the app: "Gemeente Dijk en Waard". */
export function gemeenteOrganisationName(gemeenteName: string): string {
  return `Gemeente ${gemeenteName}`;
}

export function validateSettings(form: Record<string, string>): Validated<Settings> {
  const errors: FieldErrors = {};
  const gemeenteName = bareGemeenteName(form.gemeenteName ?? '');
  if (!gemeenteName) errors.gemeenteName = t('settings.errors.gemeenteName');
  else checkText(errors, 'gemeenteName', gemeenteName, { max: MAX_NAME, singleLine: true });
  const covenantName = (form.covenantName ?? '').trim();
  if (!covenantName) errors.covenantName = t('settings.errors.covenantName');
  else checkText(errors, 'covenantName', covenantName, { max: MAX_COVENANT, singleLine: true });
  const holidayRegion = holidayRegions.find((region) => region === form.holidayRegion);
  if (!holidayRegion) errors.holidayRegion = t('settings.errors.holidayRegion');
  const privacyContact = (form.privacyContact ?? '').trim().toLowerCase();
  if (!isEmailAddress(privacyContact)) errors.privacyContact = t('settings.errors.privacyContact');
  if (!holidayRegion || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { gemeenteName, covenantName, holidayRegion, privacyContact } };
}

export type SettingsParams = Readonly<{
  gemeente: string;
  covenant: string;
  region: string;
  privacyContact: string;
}>;

// Every page reads the parameters of the same (cached, frozen) settings: made once per settings object.
const paramsCache = new WeakMap<Settings, SettingsParams>();

/** The parameters every sentence that names the installation takes: `{gemeente}`, `{covenant}`, `{region}`, `{privacyContact}`. */
export function settingsParams(settings: Settings): SettingsParams {
  let params = paramsCache.get(settings);
  if (!params) {
    params = Object.freeze({
      gemeente: settings.gemeenteName,
      covenant: settings.covenantName,
      region: t(`settings.regions.${settings.holidayRegion}`),
      privacyContact: settings.privacyContact,
    });
    paramsCache.set(settings, params);
  }
  return params;
}

// Pages read the settings on every request, so they are kept in memory per database handle. The settings action
// calls `forgetSettings` after its transaction; a missing row is not cached, so a `cli init` run next to a started
// server shows up without a restart.
let cache = new WeakMap<object, Settings>();

/** The installation's settings; cheap enough for every request. */
export function readSettings(db: DbOrTx): Settings {
  const cached = cache.get(db);
  if (cached) return cached;
  const found = createSettingsRepository(db).find();
  if (!found) return UNSET_SETTINGS;
  const frozen = Object.freeze(found);
  cache.set(db, frozen);
  return frozen;
}

/** Drops every cached copy (all handles: a transaction's handle differs from the database's). */
export function forgetSettings(): void {
  cache = new WeakMap();
}
