// Mail transports: real SMTP when SMTP_URL is set, otherwise complete .eml files in DATA_DIR/mail.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import { t } from '../locale/index.js';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../shared/private-files.js';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: { name: string | null; address: string };
  subject: string;
  text: string;
  html: string;
  /** An iTIP calendar object; its method appears both in the MIME part and inside the VCALENDAR. */
  ical: { method: string; content: string } | null;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'eml' | 'test';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The METHOD line of a VCALENDAR (the calendar's own, not one inside a component). */
export function calendarMethod(content: string): string | null {
  return /^METHOD:([A-Za-z-]+)\r?$/m.exec(content)?.[1]?.toUpperCase() ?? null;
}

/** The nodemailer message for a mail; the same for every transport so .eml files show what SMTP would send. */
export function toNodemailer(mail: OutgoingMail) {
  // Outlook rejects an invite whose MIME `method=` differs from its METHOD: such a message is never sent (ICAL.md 1).
  if (mail.ical && calendarMethod(mail.ical.content) !== mail.ical.method.toUpperCase()) {
    throw new Error(`Calendar METHOD does not match the mail's method ${mail.ical.method}`);
  }
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.ical
      ? { icalEvent: { method: mail.ical.method, filename: 'invite.ics', content: mail.ical.content } }
      : {}),
  };
}

/** Loopback by name or address: mail to such a host never crosses a network, so it may go unencrypted. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

export interface SmtpOptions {
  /** SMTP_ALLOW_PLAINTEXT: send without STARTTLS when the server offers none. */
  allowPlaintext: boolean;
  /** Injectable so a test can treat its local server as a remote one. */
  isLoopback?: (host: string) => boolean;
}

/**
 * Whether mail over this SMTP_URL must be encrypted with STARTTLS: `smtp://` to a host that is not loopback, unless
 * plaintext is allowed explicitly. Login and poll links must not cross a network readable (`smtps://` is TLS anyway).
 */
export function requiresStartTls(url: string, options: SmtpOptions): boolean {
  const parsed = new URL(url);
  const isLoopback = options.isLoopback ?? isLoopbackHost;
  return parsed.protocol === 'smtp:' && !options.allowPlaintext && !isLoopback(parsed.hostname);
}

/**
 * A nodemailer transporter made when the first mail goes out: nodemailer is about 40 modules that most starts of the
 * app never need (a quiet day sends nothing), so they are not loaded at start-up.
 */
function onFirstSend<T>(create: (mailer: typeof import('nodemailer').default) => Transporter<T>) {
  let transporter: Promise<Transporter<T>> | undefined;
  return {
    get: () => {
      transporter ??= import('nodemailer').then((mailer) => create(mailer.default));
      return transporter;
    },
    close: () => {
      void transporter?.then((made) => made.close());
    },
  };
}

export function createSmtpTransport(
  url: string,
  options: SmtpOptions = { allowPlaintext: false },
): MailTransport {
  const requireTls = requiresStartTls(url, options);
  const target = new URL(url);
  // Set in the URL: nodemailer lets URL options override others, so a `?requireTLS=false` there cannot undo it.
  if (requireTls) target.searchParams.set('requireTLS', 'true');
  const transporter = onFirstSend((mailer) => mailer.createTransport(target.toString()));
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        await (await transporter.get()).sendMail(toNodemailer(mail));
      } catch (error) {
        // What the coordinator reads in the outbox: why nothing went out, and the setting that decides it.
        if (requireTls && (error as { code?: string }).code === 'ETLS')
          throw new Error(`${t('mail.smtp.noStartTls')} (${(error as Error).message})`);
        throw error;
      }
    },
    close() {
      transporter.close();
    },
  };
}

/** File name of a message in the mail folder: sortable by time and unique per outbox message. */
export function emlFileName(mail: OutgoingMail, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const id = mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9.-]/g, '_');
  return `${stamp}_${id}.eml`;
}

export function createEmlTransport(dir: string, now: () => Date = () => new Date()): MailTransport {
  const transporter = onFirstSend((mailer) =>
    mailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }),
  );
  return {
    kind: 'eml',
    async send(mail) {
      const info = await (await transporter.get()).sendMail(toNodemailer(mail));
      // Each file holds the links of the mail: readable by the app's user only.
      await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
      await writeFile(join(dir, emlFileName(mail, now())), info.message as Buffer, {
        mode: PRIVATE_FILE_MODE,
      });
    },
    close() {
      transporter.close();
    },
  };
}
