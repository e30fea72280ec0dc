// The one integration point of the privacy guard for every free-text form: check before storing, record confirmations.
import type { DbOrTx } from '../db/connection.js';
import { privacyConfirmations } from '../db/schema/index.js';
import { createOrganisationsRepository } from '../organisations/organisations.repository.js';
import { type GuardedField, type GuardOutcome, guardFields } from '../privacy/guard.js';

/** Names the guard must never flag at run time: every organisation and its place. */
export function privacyAllowList(db: DbOrTx): string[] {
  return createOrganisationsRepository(db)
    .list({ includeArchived: true })
    .flatMap((organisation) =>
      organisation.place ? [organisation.name, organisation.place] : [organisation.name],
    );
}

/**
 * Checks the free-text fields of a submitted form. The form posts `privacyConfirm` (the warning fingerprint it
 * was shown) when the writer ticked "dit is geen persoonsgegeven". `now` decides which years are a pupil's birth year.
 */
export function checkPrivacy(
  db: DbOrTx,
  fields: readonly GuardedField[],
  form: Record<string, string>,
  now: Date,
): GuardOutcome {
  return guardFields(fields, { allow: privacyAllowList(db), now, confirmedFingerprint: form.privacyConfirm });
}

/** Records who confirmed which categories, when, for which form; never the text. Call inside the save transaction. */
export function recordPrivacyConfirmations(
  tx: DbOrTx,
  outcome: GuardOutcome,
  contactId: number | null,
  form: string,
  now: Date,
): void {
  for (const category of outcome.confirmedCategories) {
    tx.insert(privacyConfirmations).values({ contactId, form, category, at: now.toISOString() }).run();
  }
}
