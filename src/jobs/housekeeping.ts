// Periodic clean-up: expired sessions and login links, personal data of contacts past the retention period, and the
// bodies and .eml files of sent mail past theirs. Also the hourly jobs of modules: the topic deadline reminder, the
// agreement due-date reminder and the "kom je?" reminder to invitees.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sendDueReminders } from '../agenda/agenda.mail.js';
import { sendAgreementReminders } from '../agreements/agreements.actions.js';
import { createAuthRepository } from '../auth/auth.repository.js';
import type { Config } from '../config.js';
import { type Deps, newRandomToken } from '../deps.js';
import { sendRsvpReminders } from '../invitations/invitations.actions.js';
import { createOutboxRepository } from '../mail/outbox.repository.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';

export function runHousekeeping(deps: Pick<Deps, 'db' | 'now' | 'newToken'>, config: Config) {
  const now = deps.now();
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000).toISOString();
  const retentionCutoff = new Date(now.getTime() - config.retentionDays * 86_400_000).toISOString();
  const mailCutoff = new Date(now.getTime() - config.mailRetentionDays * 86_400_000);
  const cleaned = deps.db.transaction((tx) => {
    const purged = createAuthRepository(tx).purgeExpired(now.toISOString(), idleCutoff);
    const anonymisedContacts = createContactsRepository(tx).anonymiseArchivedBefore(
      retentionCutoff,
      now.toISOString(),
    );
    const purgedMailBodies = createOutboxRepository(tx).purgeSentBodies(mailCutoff.toISOString());
    return { ...purged, anonymisedContacts, purgedMailBodies };
  });
  const removedMailFiles = removeMailFilesBefore(config.mailDir, mailCutoff);
  const job = { config, now, actor: null, newToken: newRandomToken };
  return {
    ...cleaned,
    removedMailFiles,
    ...sendDueReminders(deps, config),
    ...sendAgreementReminders(deps.db, job),
    rsvpReminders: sendRsvpReminders(deps.db, job, config.rsvpReminderDays),
  };
}

/** The .eml files (no SMTP) written before `cutoff`: they hold the same links as the bodies. */
function removeMailFilesBefore(dir: string, cutoff: Date): number {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.eml'));
  } catch {
    return 0; // No mail folder: no mail was ever written as a file.
  }
  let removed = 0;
  for (const name of files) {
    const path = join(dir, name);
    if (statSync(path).mtime < cutoff) {
      rmSync(path, { force: true });
      removed += 1;
    }
  }
  return removed;
}
