// Chooses the mail transport from the config: SMTP when SMTP_URL is set, .eml files otherwise.
import type { Config } from '../config.js';
import { createEmlTransport, createSmtpTransport, type MailTransport } from './transports.js';

export function createMailTransport(config: Config): MailTransport {
  return config.smtpUrl
    ? createSmtpTransport(config.smtpUrl, { allowPlaintext: config.smtpAllowPlaintext })
    : createEmlTransport(config.mailDir);
}
