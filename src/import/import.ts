// Importing contacts from a spreadsheet (pure): which columns mean what, what each row would create, what is there
// already and which rows are wrong and why. The preview shows this plan; confirming carries out exactly this plan.
import { createHash } from 'node:crypto';
import { type OrganisationKind, organisationKinds } from '../db/schema/index.js';
import { textError } from '../http/forms.js';
import { t } from '../locale/index.js';
import { parseCsv } from '../shared/csv.js';
import { isEmailAddress } from '../shared/email.js';

export type ImportColumn = 'organisation' | 'kind' | 'name' | 'email' | 'role';

/** Header words as coordinators write them (compared without case, accents, spaces and punctuation). */
const HEADERS: Record<ImportColumn, readonly string[]> = {
  organisation: [
    'organisatie',
    'organisation',
    'naamorganisatie',
    'school',
    'schoolorganisatie',
    'instelling',
  ],
  kind: ['soort', 'type', 'kind', 'categorie', 'soortorganisatie', 'rol organisatie'],
  name: ['naam', 'name', 'contactpersoon', 'naamcontactpersoon', 'contact'],
  email: ['email', 'emailadres', 'mail', 'mailadres', 'emailcontactpersoon'],
  role: ['functie', 'rol', 'role'],
};
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['organisation', 'name', 'email'];

/** The words a spreadsheet may use for the organisation kinds. */
const KINDS: Record<OrganisationKind, readonly string[]> = {
  school: ['school', 'scholen', 'vo', 'voschool', 'middelbareschool', 'voortgezetonderwijs'],
  core: ['kernpartner', 'kernpartners', 'kern', 'vastepartner', 'core'],
  optional: [
    'partner',
    'partners',
    'optioneel',
    'optionelepartner',
    'opuitnodiging',
    'themapartner',
    'optional',
  ],
};

const MAX_TEXT = 120;
/** More rows than any gemeente's network has; a bigger file is a wrong file. */
export const MAX_ROWS = 1000;

const simplify = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function kindFromWord(word: string): OrganisationKind | null {
  const simple = simplify(word);
  return organisationKinds.find((kind) => KINDS[kind].includes(simple)) ?? null;
}

export interface ImportRow {
  /** The row's number in the file, counting the header as 1 (what the coordinator sees in Excel). */
  line: number;
  organisation: string;
  kind: string;
  name: string;
  email: string;
  role: string;
}

export type ReadResult = { ok: true; rows: ImportRow[] } | { ok: false; error: string };

/** Reads the file: finds the columns by their header and returns the rows below it. */
export function readImportFile(text: string): ReadResult {
  const [header, ...body] = parseCsv(text);
  if (!header) return { ok: false, error: t('import.errors.empty') };
  const index = {} as Record<ImportColumn, number>;
  for (const column of Object.keys(HEADERS) as ImportColumn[]) {
    const words = HEADERS[column].map(simplify);
    index[column] = header.findIndex((cell) => words.includes(simplify(cell)));
  }
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] < 0);
  if (missing.length > 0)
    return {
      ok: false,
      error: t('import.errors.columns', {
        missing: missing.map((column) => t(`import.columns.${column}`)).join(', '),
      }),
    };
  if (body.length === 0) return { ok: false, error: t('import.errors.noRows') };
  if (body.length > MAX_ROWS) return { ok: false, error: t('import.errors.tooMany', { max: MAX_ROWS }) };
  const cell = (row: string[], column: ImportColumn) =>
    index[column] < 0 ? '' : (row[index[column]] ?? '').trim();
  return {
    ok: true,
    rows: body.map((row, i) => ({
      line: i + 2,
      organisation: cell(row, 'organisation'),
      kind: cell(row, 'kind'),
      name: cell(row, 'name'),
      email: cell(row, 'email').toLowerCase(),
      role: cell(row, 'role'),
    })),
  };
}

/** What the app holds already, as far as an import needs to know. */
export interface ExistingData {
  organisations: readonly { name: string; kind: OrganisationKind }[];
  contacts: readonly { email: string; organisationName: string }[];
}

export interface NewContact {
  line: number;
  organisation: string;
  name: string;
  email: string;
  role: string;
}

export interface ImportPlan {
  newOrganisations: { name: string; kind: OrganisationKind; line: number }[];
  /** Organisations in the file that are in the app already (by name, any case). */
  existingOrganisations: string[];
  newContacts: NewContact[];
  /** Rows whose contact (by e-mail, at the same organisation) is in the app already. */
  existingContacts: NewContact[];
  /** Rows that are left out, with the reasons in Dutch. */
  errors: { line: number; reasons: string[] }[];
  /** Identifies exactly what confirming would create, so a changed file or database shows a new preview first. */
  fingerprint: string;
}

/**
 * Why a name, organisation or role cannot be imported, when its form would refuse it too: too long, more than one
 * line (a quoted CSV field may hold a line break or a tab) or characters nobody types (see `textError`).
 */
function textReason(reasons: string[], column: 'organisation' | 'name' | 'role', value: string): void {
  const field = t(`import.columns.${column}`);
  if (value.length > MAX_TEXT) reasons.push(t('import.errors.tooLong', { field, max: MAX_TEXT }));
  else {
    const message = textError(value, { max: MAX_TEXT, singleLine: true });
    if (message) reasons.push(t('import.errors.text', { field, message }));
  }
}

/** Decides per row: create, already there, or wrong (with every reason at once). Rows with errors create nothing. */
export function planImport(rows: readonly ImportRow[], existing: ExistingData): ImportPlan {
  const knownOrganisations = new Map(existing.organisations.map((o) => [o.name.toLowerCase(), o]));
  const knownContacts = new Map(existing.contacts.map((c) => [c.email.toLowerCase(), c]));
  const plan: ImportPlan = {
    newOrganisations: [],
    existingOrganisations: [],
    newContacts: [],
    existingContacts: [],
    errors: [],
    fingerprint: '',
  };
  const newByName = new Map<string, { name: string; kind: OrganisationKind; line: number }>();
  const emailLines = new Map<string, number>();

  for (const row of rows) {
    const reasons: string[] = [];
    const key = row.organisation.toLowerCase();
    const known = knownOrganisations.get(key);
    const planned = newByName.get(key);
    const kind = row.kind ? kindFromWord(row.kind) : null;

    if (!row.organisation) reasons.push(t('import.errors.organisation'));
    else textReason(reasons, 'organisation', row.organisation);
    if (row.kind && !kind) reasons.push(t('import.errors.kind', { kind: row.kind }));
    else if (known && kind && kind !== known.kind)
      reasons.push(
        t('import.errors.kindExisting', {
          organisation: known.name,
          kind: t(`organisations.kinds.${known.kind}`),
        }),
      );
    else if (planned && kind && kind !== planned.kind)
      reasons.push(
        t('import.errors.kindConflict', {
          line: planned.line,
          kind: t(`organisations.kinds.${planned.kind}`),
        }),
      );
    else if (row.organisation && !known && !planned && !kind) reasons.push(t('import.errors.kindMissing'));

    if (!row.name) reasons.push(t('import.errors.name'));
    else textReason(reasons, 'name', row.name);
    textReason(reasons, 'role', row.role);

    const contact = knownContacts.get(row.email);
    const organisationName = known?.name ?? planned?.name ?? row.organisation;
    if (!row.email) reasons.push(t('import.errors.emailMissing'));
    else if (!isEmailAddress(row.email)) reasons.push(t('import.errors.email', { email: row.email }));
    else if (emailLines.has(row.email))
      reasons.push(t('import.errors.emailTwice', { line: emailLines.get(row.email) ?? 0 }));
    else if (contact && contact.organisationName.toLowerCase() !== key)
      reasons.push(t('import.errors.emailElsewhere', { organisation: contact.organisationName }));
    if (row.email && !emailLines.has(row.email)) emailLines.set(row.email, row.line);

    if (reasons.length > 0) {
      plan.errors.push({ line: row.line, reasons });
      continue;
    }
    if (known) {
      if (!plan.existingOrganisations.includes(known.name)) plan.existingOrganisations.push(known.name);
    } else if (!planned && kind) {
      const organisation = { name: row.organisation, kind, line: row.line };
      newByName.set(key, organisation);
      plan.newOrganisations.push(organisation);
    }
    const entry = {
      line: row.line,
      organisation: organisationName,
      name: row.name,
      email: row.email,
      role: row.role,
    };
    (contact ? plan.existingContacts : plan.newContacts).push(entry);
  }
  plan.fingerprint = createHash('sha256')
    .update(JSON.stringify([plan.newOrganisations, plan.newContacts]))
    .digest('base64url');
  return plan;
}
