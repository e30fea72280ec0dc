// {{#kept memo}}…{{/kept}}: a block rendered once per key of a route's memo, then reused. For content that is the same
// for every viewer (the annual report: aggregates only), whose route names in the key everything the block is made of;
// the layout around it (who is logged in, the navigation, the CSRF token) is still rendered for each request. The route
// keeps the block as UTF-8 bytes and gives the page a mark for them (`reply.keep`, see view.plugin.ts).
import type { HelperOptions } from 'handlebars';

/** What a route passes: its memo for this block, keyed by what the block is made of (see `boundedCache`). */
export interface KeptBlock {
  remember(render: () => string): string;
}

export function keptHelper(this: unknown, memo: KeptBlock, options: HelperOptions): string {
  return memo.remember(() => options.fn(this));
}
