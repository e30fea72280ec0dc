// Looks up user-visible text by key in the active locale, with {name} placeholders filled in.
import { nl } from './nl/index.js';

export type Messages = { readonly [key: string]: string | Messages };
export type Params = Readonly<Record<string, string | number>>;

const locales: Record<string, Messages> = { nl };

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates `key` (e.g. `meetings.status.gepland`); an unknown key is returned as is, so it shows up in tests. */
export function t(key: string, params: Params = {}, locale = 'nl'): string {
  const template = lookup(locales[locale] ?? nl, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
