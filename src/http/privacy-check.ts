// The one integration point of the privacy guard for every free-text form: check before storing. Reads only: the
// action that stores the form records the confirmations (`recordPrivacyConfirmations` in the audit repository).
import { type GuardedField, type GuardOutcome, guardFields } from '../privacy/guard.js';
import type { FieldErrors } from '../shared/field-errors.js';
import type { Validated } from './forms.js';

/** A form's validation and the privacy guard over its free text, as one result; the guard's outcome either way. */
export type PrivacyChecked<T> =
  | { ok: true; value: T; privacy: GuardOutcome }
  | { ok: false; errors: FieldErrors; privacy: GuardOutcome };

/**
 * Runs the privacy guard over a form's free-text `fields` next to its validation and merges both: the form's own
 * messages first, in field order, and the guard's message where it speaks about the same field. Stores only when
 * both pass. The form posts `privacyConfirm` (the warning fingerprint it was shown) when the writer ticked "dit is
 * geen persoonsgegeven"; `allow` lists names never to flag (every organisation and its place, `privacyAllowList`);
 * `now` decides which years are a pupil's birth year.
 */
export function checkFormPrivacy<T>(
  allow: readonly string[],
  validated: Validated<T>,
  fields: readonly GuardedField[],
  form: Record<string, string>,
  now: Date,
): PrivacyChecked<T> {
  const privacy = guardFields(fields, {
    allow,
    now,
    confirmedFingerprint: form.privacyConfirm,
  });
  if (validated.ok && privacy.ok) return { ok: true, value: validated.value, privacy };
  return { ok: false, errors: { ...(validated.ok ? {} : validated.errors), ...privacy.errors }, privacy };
}
