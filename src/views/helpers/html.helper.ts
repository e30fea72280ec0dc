// {{strong value}} and {{linkTo url}}: emphasis or a link inside a translated sentence, as in
// {{t "mail.topic-reminder.intro" deadline=(strong deadline)}}; the value is escaped.
import Handlebars from 'handlebars';

const escaped = (value: unknown) => Handlebars.escapeExpression(String(value ?? ''));

export function strongHelper(value: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(`<strong>${escaped(value)}</strong>`);
}

export function linkToHelper(url: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(`<a href="${escaped(url)}">${escaped(url)}</a>`);
}
