// Periodic clean-up: expired sessions and login links, and personal data of contacts past the retention period.
// Also the hourly jobs of modules: the topic deadline reminder, the agreement due-date reminder and the "kom je?"
// reminder to invitees.
import { sendDueReminders } from './agenda/agenda.mail.js';
import { sendAgreementReminders } from './agreements/agreements.actions.js';
import { createAuthRepository } from './auth/auth.repository.js';
import type { Config } from './config.js';
import { type Deps, newRandomToken } from './deps.js';
import { sendRsvpReminders } from './invitations/invitations.actions.js';
import { createContactsRepository } from './organisations/contacts.repository.js';

export function runHousekeeping(deps: Pick<Deps, 'db' | 'now' | 'newToken'>, config: Config) {
  const now = deps.now();
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000).toISOString();
  const retentionCutoff = new Date(now.getTime() - config.retentionDays * 86_400_000).toISOString();
  const cleaned = deps.db.transaction((tx) => {
    const purged = createAuthRepository(tx).purgeExpired(now.toISOString(), idleCutoff);
    const anonymisedContacts = createContactsRepository(tx).anonymiseArchivedBefore(
      retentionCutoff,
      now.toISOString(),
    );
    return { ...purged, anonymisedContacts };
  });
  const job = { config, now, actor: null, newToken: newRandomToken };
  return {
    ...cleaned,
    ...sendDueReminders(deps, config),
    ...sendAgreementReminders(deps.db, job),
    rsvpReminders: sendRsvpReminders(deps.db, job, config.rsvpReminderDays),
  };
}
