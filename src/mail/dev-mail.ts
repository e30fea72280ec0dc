// What the coordinator sees of a written .eml file at /dev/mail: the headers and the text part, with other
// people's live links hidden, because a login, poll or RSVP link lets whoever opens it act as its addressee.
import type { ParsedMail } from 'mailparser';
import { t } from '../locale/index.js';

/** Every link token is a URL path segment of at least 20 URL-safe characters (ours are 43). */
const TOKEN_SEGMENT = /\/[A-Za-z0-9_-]{20,}/g;

export function hideLinkTokens(text: string): string {
  return text.replace(TOKEN_SEGMENT, `/${t('mail.dev.hidden')}`);
}

export function recipientsOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}

/**
 * The plain-text view of a mail. Links stay visible only in the viewer's own mail: following another person's
 * link would log the coordinator in as them, unrecorded (`npm run cli -- login-link` is there for a test login).
 */
export function devMailText(mail: ParsedMail, viewerEmail: string): string {
  const own = recipientsOf(mail).every((address) => address === viewerEmail.toLowerCase());
  const to = Array.isArray(mail.to) ? mail.to.map((group) => group.text).join(', ') : (mail.to?.text ?? '');
  const body = mail.text ?? '';
  return [
    `From: ${mail.from?.text ?? ''}`,
    `To: ${to}`,
    `Subject: ${mail.subject ?? ''}`,
    `Date: ${mail.date?.toISOString() ?? ''}`,
    '',
    ...(own ? [] : [t('mail.dev.linksHidden'), '']),
    own ? body : hideLinkTokens(body),
  ].join('\n');
}
