// The one integration point of the privacy guard for every free-text form: check before storing. Reads only: the
// action that stores the form records the confirmations (`recordPrivacyConfirmations` in the audit repository).
import type { DbOrTx } from '../db/connection.js';
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
