// Loads the demo world idempotently: what exists (by name or e-mail) is left alone, what is missing is added.
import type { Config } from '../config.js';
import { type Deps, newRandomToken } from '../deps.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { createThemesRepository } from '../organisations/themes.repository.js';
import { forgetSettings } from '../settings/settings.js';
import { createSettingsRepository } from '../settings/settings.repository.js';
import { loadDemoAgreements } from './demo-agreements.js';
import { DEMO_SETTINGS, demoOrganisations, demoThemes } from './demo-data.js';
import { loadDemoHistory, loadDemoInvitations } from './demo-invitations.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoTopics } from './demo-topics.js';

/** With a config, demo mail (the date poll's personal links, the invitations) is put in the outbox. */
export function loadDemo(
  deps: Pick<Deps, 'db' | 'now'> & Partial<Pick<Deps, 'newToken'>>,
  config: Config | null = null,
): void {
  deps.db.transaction((tx) => {
    const now = deps.now().toISOString();
    const organisations = createOrganisationsRepository(tx);
    const contacts = createContactsRepository(tx);
    const themes = createThemesRepository(tx);
    // An installation that has its own settings keeps them; the demo only names an unnamed one.
    const settings = createSettingsRepository(tx);
    if (!settings.find()) settings.save(DEMO_SETTINGS, deps.now());

    const idByName = new Map<string, number>();
    for (const organisation of demoOrganisations) {
      const existing = organisations.findByName(organisation.name);
      const id =
        existing?.id ??
        organisations.insert(
          { name: organisation.name, kind: organisation.kind, place: organisation.place },
          now,
        );
      idByName.set(organisation.name, id);
      for (const contact of organisation.contacts) {
        if (!contacts.findByEmail(contact.email))
          contacts.insert(id, { ...contact, receivesInvitations: true }, now);
      }
    }

    for (const theme of demoThemes) {
      if (themes.findByName(theme.name)) continue;
      const partnerIds = theme.partners.flatMap((name) => idByName.get(name) ?? []);
      themes.insert({ name: theme.name, description: theme.description }, partnerIds, now);
    }

    const tokens = { now: deps.now(), newToken: deps.newToken ?? newRandomToken };
    loadDemoMeetings(tx, tokens, config);
    loadDemoTopics(tx, deps.now());
    // The agreements' actions take the app's config; without one (some browser tests) the held meetings stay bare.
    if (config) loadDemoAgreements(tx, deps.now(), config);
    loadDemoInvitations(tx, tokens, config);
    loadDemoHistory(tx, deps.now());
  });
  forgetSettings();
}
