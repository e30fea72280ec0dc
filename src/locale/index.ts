// Looks up user-visible text by key in the active locale, with {name} placeholders filled in.
import { nl } from './nl/index.js';

export type Messages = { readonly [key: string]: string | Messages };
export type Params = Readonly<Record<string, string | number>>;

/** A text split at its placeholders once: literal, name, literal, name, …, literal (no placeholders: one literal). */
type Template = readonly string[];
/** A text, or the `zero`/`one`/`other` forms of one chosen by `count`. */
type Entry =
  | Template
  | { readonly zero: Template | undefined; readonly one: Template; readonly other: Template };

const locales: Record<string, Messages> = { nl };
const tables = new Map<string, Map<string, Entry>>();

const PLACEHOLDER = /\{(\w+)\}/;

function compile(text: string): Template {
  // split with a capturing group keeps the names at the odd positions.
  return text.split(PLACEHOLDER);
}

function isPlural(node: Messages): node is Messages & { one: string; other: string } {
  return typeof node.one === 'string' && typeof node.other === 'string';
}

/** Every key of the locale (texts, and nodes with plural forms) compiled once, on first use. */
function tableOf(locale: string): Map<string, Entry> {
  const known = tables.get(locale);
  if (known) return known;
  const table = new Map<string, Entry>();
  const add = (node: Messages, prefix: string) => {
    for (const [name, value] of Object.entries(node)) {
      const key = `${prefix}${name}`;
      if (typeof value === 'string') {
        table.set(key, compile(value));
        continue;
      }
      if (isPlural(value)) {
        table.set(key, {
          zero: typeof value.zero === 'string' ? compile(value.zero) : undefined,
          one: compile(value.one),
          other: compile(value.other),
        });
      }
      add(value, `${key}.`);
    }
  };
  add(locales[locale] ?? nl, '');
  tables.set(locale, table);
  return table;
}

function fill(template: Template, params: Params, defaults: Params | undefined): string {
  if (template.length === 1) return template[0] as string;
  let text = template[0] as string;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    const value = params[name] ?? defaults?.[name];
    text += (value === undefined ? `{${name}}` : String(value)) + (template[i + 1] as string);
  }
  return text;
}

/**
 * `t` with a second set of parameters for the names the first does not give (the page's installation names, see
 * t.helper.ts), so a caller need not merge the two for every text.
 */
export function translate(key: string, params: Params, defaults?: Params, locale = 'nl'): string {
  const entry = tableOf(locale).get(key);
  if (entry === undefined) return fill(compile(key), params, defaults);
  if (Array.isArray(entry)) return fill(entry, params, defaults);
  const plural = entry as Exclude<Entry, Template>;
  const count = params.count ?? defaults?.count;
  const form = count === 0 && plural.zero ? plural.zero : count === 1 ? plural.one : plural.other;
  return fill(form, params, defaults);
}

/**
 * Translates `key` (e.g. `meetings.status.gepland`); an unknown key is returned as is, so it shows up in tests.
 * A `count` parameter picks between `{ one, other }` forms (and an optional `zero`).
 */
export function t(key: string, params: Params = {}, locale = 'nl'): string {
  return translate(key, params, undefined, locale);
}
