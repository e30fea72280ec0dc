// Looks up user-visible text by key in the active locale, with {name} placeholders filled in.
import { nl } from './nl/index.js';

export type Messages = { readonly [key: string]: string | Messages };
export type Params = Readonly<Record<string, string | number>>;

const locales: Record<string, Messages> = { nl };

function lookup(messages: Messages, key: string, count: unknown): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  // A key with `one` and `other` forms is chosen by the `count` parameter.
  if (
    node !== undefined &&
    typeof node !== 'string' &&
    typeof node.one === 'string' &&
    typeof node.other === 'string'
  ) {
    if (count === 0 && typeof node.zero === 'string') return node.zero;
    return count === 1 ? node.one : node.other;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates `key` (e.g. `meetings.status.gepland`); an unknown key is returned as is, so it shows up in tests.
 * A `count` parameter picks between `{ one, other }` forms (and an optional `zero`).
 */
export function t(key: string, params: Params = {}, locale = 'nl'): string {
  const template = lookup(locales[locale] ?? nl, key, params.count) ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
