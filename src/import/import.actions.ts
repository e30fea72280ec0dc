// Confirming a contacts import: the file is read and planned again inside one transaction, and only when the plan is
// still the one the coordinator saw (same fingerprint) are its organisations and contacts created, each audited.
import { type AuditEntity, recordAudit } from '../audit/audit.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { createContactsRepository } from '../organisations/contacts.repository.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import type { ActionContext } from '../shared/action.js';
import { type ExistingData, type ImportPlan, planImport, readImportFile } from './import.js';

/** The file or the app changed between preview and confirm: the caller shows the new plan instead. */
export class ImportChangedError extends Error {
  readonly code = 'IMPORT_CHANGED';
  constructor(readonly plan: ImportPlan | null) {
    super('the import plan changed since the preview');
  }
}

/** What an import is planned against: every organisation (archived ones too: names are unique) and e-mail address. */
export function existingForImport(db: DbOrTx): ExistingData {
  return {
    organisations: createOrganisationsRepository(db).list({ includeArchived: true }),
    contacts: createContactsRepository(db).emailsWithOrganisation(),
  };
}

/** Reads and plans a file against the database as it is now; null when the file itself cannot be read. */
export function previewImport(db: DbOrTx, text: string): { plan: ImportPlan } | { error: string } {
  const read = readImportFile(text);
  if (!read.ok) return { error: read.error };
  return { plan: planImport(read.rows, existingForImport(db)) };
}

export function confirmImport(
  db: DbOrTx,
  ctx: ActionContext,
  input: { text: string; fingerprint: string },
): { organisations: number; contacts: number } {
  return db.transaction((tx) => {
    const preview = previewImport(tx, input.text);
    const plan = 'plan' in preview ? preview.plan : null;
    if (!plan || plan.fingerprint !== input.fingerprint) throw new ImportChangedError(plan);
    const now = ctx.now.toISOString();
    const organisations = createOrganisationsRepository(tx);
    const contacts = createContactsRepository(tx);
    const audit = (entity: AuditEntity, id: number) => {
      if (ctx.actor) recordAudit(tx, ctx.actor, 'import', entity, id, ctx.now);
    };
    for (const organisation of plan.newOrganisations)
      audit(
        'organisation',
        organisations.insert({ name: organisation.name, kind: organisation.kind, place: null }, now),
      );
    for (const contact of plan.newContacts) {
      const organisationId = organisations.findByName(contact.organisation)?.id;
      // The plan only names organisations that exist or were just created above.
      if (!organisationId) throw new ImportChangedError(plan);
      // Imported contacts are the organisations' contact people: they may log in and receive invitations.
      const id = contacts.insert(
        organisationId,
        {
          name: contact.name,
          email: contact.email,
          role: contact.role,
          access: 'member',
          receivesInvitations: true,
        },
        now,
      );
      audit('contact', id);
    }
    return { organisations: plan.newOrganisations.length, contacts: plan.newContacts.length };
  });
}
