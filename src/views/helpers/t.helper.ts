// {{t "key" name=value}}: translated text with named parameters; the installation's names ({gemeente}, {covenant},
// {region}, {privacyContact}) come from the page's `settings` local unless the template passes them itself.
import type { HelperOptions } from 'handlebars';
import { t } from '../../locale/index.js';

export function tHelper(key: string, options: HelperOptions): string {
  const settings = (options.data as { root?: { settings?: Record<string, string> } } | undefined)?.root
    ?.settings;
  return t(key, { ...settings, ...options.hash });
}
