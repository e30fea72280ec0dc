// {{strong value}} and {{linkTo url}}: emphasis or a link inside a translated sentence, as in
// {{t "mail.topic-reminder.intro" deadline=(strong deadline)}}; {{lines text}}: a text someone typed over several
// lines, in a mail. Every value is escaped.
import Handlebars from 'handlebars';

const escaped = (value: unknown) => Handlebars.escapeExpression(String(value ?? ''));

export function strongHelper(value: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(`<strong>${escaped(value)}</strong>`);
}

export function linkToHelper(url: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(`<a href="${escaped(url)}">${escaped(url)}</a>`);
}

/**
 * A text of several lines with a `<br>` at each line break, for the mails: mail clients (Outlook) ignore CSS
 * white-space, and the text part reads each `<br>` as a line break (two in a row as a blank line). Pages use the
 * `ko-lines` class instead.
 */
export function linesHelper(text: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(
    String(text ?? '')
      .split(/\r\n|\r|\n/)
      .map(escaped)
      .join('<br>'),
  );
}
