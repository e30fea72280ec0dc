// Form handling shared by every module: loose body schemas, field errors and the error summary.
import type { TObject, TOptional, TString } from 'typebox';
import { t } from '../locale/index.js';
import type { FieldErrors } from '../shared/field-errors.js';
import { Type } from './schema.js';

/**
 * The most any declared form field may hold. Each module's core has its own, smaller limit per field with a message
 * beside it; this one is the ceiling for the schema, so no field can ever store the whole body (256 KB).
 */
export const MAX_FORM_FIELD = 5000;

/**
 * Urlencoded form bodies are declared as optional strings, so Fastify never answers a form with a JSON 400:
 * the module's core validates the values and the form is shown again with Dutch messages. Every field has a
 * maxLength (MAX_FORM_FIELD unless `maxLength` names a larger one, such as an uploaded file's text); a longer value
 * gets the Dutch "Te veel tekst" page.
 */
export function formBody<const K extends string>(
  fields: readonly K[],
  maxLength: Partial<Record<K, number>> = {},
): TObject<Record<K | '_csrf', TOptional<TString>>> {
  const properties = Object.fromEntries(
    [...fields, '_csrf'].map((field) => [
      field,
      Type.Optional(Type.String({ maxLength: maxLength[field as K] ?? MAX_FORM_FIELD })),
    ]),
  );
  return Type.Object(properties, { additionalProperties: true }) as TObject<
    Record<K | '_csrf', TOptional<TString>>
  >;
}

/**
 * Characters no one types: C0 and C1 controls other than tab and line breaks (NUL among them), DEL, and the bidi
 * embedding, override and isolate marks, which make a name read differently from how it is stored.
 */
const UNTYPEABLE = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const BREAK_OR_TAB = /[\t\r\n]/;

/**
 * The Dutch message for a free-text field, or undefined when it is fine: too long, or holding characters that do not
 * belong in it. A name or a title (`singleLine`) is one line; a longer text may have line breaks and tabs.
 */
export function textError(value: string, rule: { max: number; singleLine?: boolean }): string | undefined {
  if (value.length > rule.max) return t('common.errors.tooLong', { max: rule.max });
  if (rule.singleLine && BREAK_OR_TAB.test(value)) return t('common.errors.singleLine');
  if (UNTYPEABLE.test(value)) return t('common.errors.untypeable');
  return undefined;
}

/** Puts the message for a free-text field in `errors`, when there is one (see textError). */
export function checkText(
  errors: FieldErrors,
  field: string,
  value: string,
  rule: { max: number; singleLine?: boolean },
): void {
  const message = textError(value, rule);
  if (message) errors[field] = message;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export interface SummaryItem {
  href: string;
  message: string;
}

/** The error summary at the top of a form links to each field (`#field-<name>`). */
export function errorSummary(errors: FieldErrors): SummaryItem[] {
  return Object.entries(errors).flatMap(([field, message]) =>
    message ? [{ href: `#field-${field}`, message }] : [],
  );
}

/** Trims every value; form values arrive as strings or, for repeated fields, arrays of strings. */
export function cleanForm(body: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') result[key] = value.trim();
  }
  return result;
}

/** Values of a field that may occur more than once (checkbox groups). */
export function manyValues(body: unknown, field: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[field];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const TokenParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
});
