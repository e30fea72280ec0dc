// {{t "key" name=value}}: translated text with named parameters; the installation's names ({gemeente}, {covenant},
// {region}, {privacyContact}) come from the page's `settings` local unless the template passes them itself.
import type { HelperOptions } from 'handlebars';
import { type Params, translate } from '../../locale/index.js';

export function tHelper(key: string, options: HelperOptions): string {
  const settings = (options.data as { root?: { settings?: Params } } | undefined)?.root?.settings;
  return translate(key, options.hash as Params, settings);
}
