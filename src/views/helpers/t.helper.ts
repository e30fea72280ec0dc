// {{t "key" name=value}}: translated text with named parameters.
import type { HelperOptions } from 'handlebars';
import { t } from '../../locale/index.js';

export function tHelper(key: string, options: HelperOptions): string {
  return t(key, options.hash ?? {});
}
