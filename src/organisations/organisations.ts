// Validation of organisation, contact and theme forms (pure; Dutch messages from the locale).
import {
  type ContactAccess,
  contactAccess,
  type OrganisationKind,
  organisationKinds,
} from '../db/schema/index.js';
import { checkText, type Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { isEmailAddress } from '../shared/email.js';
import type { FieldErrors } from '../shared/field-errors.js';

const MAX_NAME = 120;
const MAX_PLACE = 120;
const MAX_THEME_DESCRIPTION = 1000;
/** Names, places and roles are one line each. */
const NAME = { max: MAX_NAME, singleLine: true };

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  place: string | null;
}

export function validateOrganisation(form: Record<string, string>): Validated<OrganisationValues> {
  const errors: FieldErrors = {};
  const name = form.name ?? '';
  if (!name) errors.name = t('organisations.errors.nameRequired');
  else checkText(errors, 'name', name, NAME);
  const kind = organisationKinds.find((value) => value === form.kind);
  if (!kind) errors.kind = t('organisations.errors.kindRequired');
  checkText(errors, 'place', form.place ?? '', { max: MAX_PLACE, singleLine: true });
  if (!kind || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, kind, place: form.place || null } };
}

export interface ContactValues {
  name: string;
  email: string;
  role: string;
  access: ContactAccess;
  receivesInvitations: boolean;
}

export function validateContact(form: Record<string, string>): Validated<ContactValues> {
  const errors: FieldErrors = {};
  const name = form.name ?? '';
  const email = (form.email ?? '').toLowerCase();
  if (!name) errors.name = t('contacts.errors.nameRequired');
  else checkText(errors, 'name', name, NAME);
  if (!email) errors.email = t('contacts.errors.emailRequired');
  else if (!isEmailAddress(email)) errors.email = t('contacts.errors.emailInvalid');
  const access = contactAccess.find((value) => value === (form.access || 'none'));
  if (!access) errors.access = t('contacts.errors.accessInvalid');
  checkText(errors, 'role', form.role ?? '', NAME);
  if (!access || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      email,
      role: form.role ?? '',
      access,
      receivesInvitations: form.receivesInvitations === 'on',
    },
  };
}

export interface ThemeValues {
  name: string;
  description: string;
}

export function validateTheme(form: Record<string, string>): Validated<ThemeValues> {
  const errors: FieldErrors = {};
  const name = form.name ?? '';
  if (!name) errors.name = t('themes.errors.nameRequired');
  else checkText(errors, 'name', name, NAME);
  const description = form.description ?? '';
  checkText(errors, 'description', description, { max: MAX_THEME_DESCRIPTION });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, description } };
}
