// Form handling shared by every module: loose body schemas, field errors and the error summary.
import { type TObject, type TOptional, type TString, Type } from 'typebox';

/**
 * Urlencoded form bodies are declared as optional strings, so Fastify never answers a form with a JSON 400:
 * the module's core validates the values and the form is shown again with Dutch messages.
 */
export function formBody<const K extends string>(
  fields: readonly K[],
): TObject<Record<K | '_csrf', TOptional<TString>>> {
  const properties = Object.fromEntries(
    [...fields, '_csrf'].map((field) => [field, Type.Optional(Type.String())]),
  );
  return Type.Object(properties, { additionalProperties: true }) as TObject<
    Record<K | '_csrf', TOptional<TString>>
  >;
}

export type FieldErrors = Partial<Record<string, string>>;

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
