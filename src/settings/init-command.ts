// `npm run cli -- init`: reads the options, validates them with the forms' own rules, sets up the installation and
// says how to log in. Returns the exit code; messages go to the given streams.
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { t } from '../locale/index.js';
import { validateContact } from '../organisations/organisations.js';
import { InstallationNotEmptyError, initInstallation } from './settings.actions.js';
import { DEFAULT_COVENANT_NAME, validateSettings } from './settings.js';

interface Output {
  write(text: string): void;
}

const OPTIONS = {
  gemeente: { type: 'string' },
  regio: { type: 'string' },
  coordinator: { type: 'string' },
  naam: { type: 'string' },
  convenant: { type: 'string' },
  privacy: { type: 'string' },
} as const;

const REQUIRED = ['gemeente', 'regio', 'coordinator', 'naam'] as const;

export function runInit(
  args: string[],
  deps: { db: Db; now: () => Date; newToken: () => string },
  config: Config,
  out: Output,
  err: Output,
): number {
  const fail = (message: string) => {
    err.write(`${message}\n${t('settings.init.usage')}\n`);
    return 64;
  };
  let values: Partial<Record<keyof typeof OPTIONS, string>>;
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return fail(t('settings.init.unknownOption', { option: error instanceof Error ? error.message : '' }));
  }
  const missing = REQUIRED.filter((option) => !values[option]?.trim());
  if (missing.length > 0)
    return fail(missing.map((option) => t('settings.init.missing', { option })).join(' '));

  const coordinator = validateContact({
    name: values.naam ?? '',
    email: values.coordinator ?? '',
    role: t('settings.init.coordinatorRole'),
    access: 'coordinator',
    receivesInvitations: 'on',
  });
  const settings = validateSettings({
    gemeenteName: values.gemeente ?? '',
    covenantName: values.convenant ?? DEFAULT_COVENANT_NAME,
    holidayRegion: values.regio?.trim().toLowerCase() ?? '',
    privacyContact: values.privacy ?? values.coordinator ?? '',
  });
  const problems = [
    ...(coordinator.ok ? [] : Object.values(coordinator.errors)),
    ...(settings.ok ? [] : Object.values(settings.errors)),
  ];
  if (!coordinator.ok || !settings.ok) return fail(problems.join('\n'));

  try {
    initInstallation(
      deps.db,
      { config, now: deps.now(), actor: null, newToken: deps.newToken },
      { settings: settings.value, coordinator: coordinator.value },
    );
  } catch (error) {
    if (!(error instanceof InstallationNotEmptyError)) throw error;
    const what = [
      ...(error.contents.organisations ? [t('settings.init.refusedOrganisations')] : []),
      ...(error.contents.settings ? [t('settings.init.refusedSettings')] : []),
    ].join(', ');
    err.write(`${t('settings.init.refused', { what })}\n`);
    return 1;
  }
  const email = coordinator.value.email ?? '';
  out.write(
    `${t('settings.init.done', {
      gemeente: settings.value.gemeenteName,
      region: t(`settings.regions.${settings.value.holidayRegion}`),
      name: coordinator.value.name ?? '',
      email,
    })}\n`,
  );
  out.write(
    `${config.smtpUrl ? t('settings.init.loginMail', { baseUrl: config.baseUrl, email }) : t('settings.init.loginCli', { email })}\n`,
  );
  return 0;
}
