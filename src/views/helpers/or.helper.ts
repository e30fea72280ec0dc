// {{#if (or a b)}}: true when any argument is truthy (the last argument is Handlebars' options object).
export function orHelper(...args: unknown[]): boolean {
  return args.slice(0, -1).some(Boolean);
}
