// {{t "key" name=value}}: translated text with named parameters; the installation's names ({gemeente}, {covenant},
// {region}, {privacyContact}) come from the page's `settings` local unless the template passes them itself. A
// parameter that is already HTML (from {{strong}} or {{linkTo}}) stays HTML; the sentence and every other parameter
// are then escaped here.
import Handlebars, { type HelperOptions } from 'handlebars';
import { type Params, translate } from '../../locale/index.js';

export function tHelper(key: string, options: HelperOptions): string | Handlebars.SafeString {
  const settings = (options.data as { root?: { settings?: Params } } | undefined)?.root?.settings;
  const hash: Record<string, unknown> = options.hash;
  const html = Object.values(hash).filter((value) => value instanceof Handlebars.SafeString);
  if (html.length === 0) return translate(key, hash as Params, settings);
  // Markers no sentence contains and escaping leaves alone, swapped for the HTML once the rest is escaped.
  const marker = (index: number) => `\uE000${index}\uE000`;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(hash)) {
    const index = html.indexOf(value as Handlebars.SafeString);
    params[name] = index >= 0 ? marker(index) : (value as string | number);
  }
  return new Handlebars.SafeString(
    Handlebars.escapeExpression(translate(key, params, settings)).replace(
      /\uE000(\d+)\uE000/g,
      (_match, index: string) => html[Number(index)]?.toHTML() ?? '',
    ),
  );
}
