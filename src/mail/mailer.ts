// Renders mail from the Handlebars templates in views/mail and puts it in the outbox (inside the caller's transaction).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { t } from '../locale/index.js';
import { readSettings, type Settings, settingsParams } from '../settings/settings.js';
import { createHandlebars } from '../views/helpers/index.js';
import { viewsRoot } from '../views/paths.js';
import { createOutboxRepository } from './outbox.repository.js';

const handlebars = createHandlebars();
const cache = new Map<string, TemplateDelegate>();

function template(file: string): TemplateDelegate {
  let compiled = cache.get(file);
  if (!compiled) {
    // Plain-text parts are not HTML: escaping would turn `?next=` in a link into `?next&#x3D;`.
    compiled = handlebars.compile(readFileSync(join(viewsRoot, 'mail', file), 'utf8'), {
      strict: false,
      noEscape: file.endsWith('.text.hbs'),
    });
    cache.set(file, compiled);
  }
  return compiled;
}

export interface Recipient {
  name: string | null;
  email: string;
}

export interface MailRequest {
  /** Template name: `views/mail/<template>.text.hbs` and `.html.hbs`, subject `mail.<template>.subject`. */
  template: string;
  to: Recipient;
  data: Record<string, unknown>;
  /** What caused the message, e.g. `login` or `poll:3` (never free text). */
  purpose: string;
  ical?: { method: string; content: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Renders one mail; the installation's names fill the signature, the footer and every `{{t}}` sentence. */
export function renderMail(
  config: Config,
  settings: Settings,
  request: Pick<MailRequest, 'template' | 'data' | 'to'>,
): RenderedMail {
  const names = settingsParams(settings);
  const data = {
    ...request.data,
    recipientName: request.to.name,
    baseUrl: config.baseUrl,
    appName: t('common.appName'),
    settings: names,
    signature: names.gemeente ? t('mail.signature', names) : t('common.appName'),
    footer: names.covenant ? t('mail.footer.covenant', names) : t('mail.footer.plain'),
  };
  const subject = t(`mail.${request.template}.subject`, stringParams(request.data));
  const body = template(`${request.template}.html.hbs`)(data);
  return {
    subject,
    text: template(`${request.template}.text.hbs`)(data),
    html: template('layout.html.hbs')({ ...data, subject, body }),
  };
}

function stringParams(data: Record<string, unknown>): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  return params;
}

export function messageIdFor(config: Config): string {
  return `<${randomUUID()}@${new URL(config.baseUrl).hostname}>`;
}

/** Adds a message to the outbox; call it with the transaction that makes the change the mail is about. */
export function enqueueMail(tx: DbOrTx, config: Config, now: Date, request: MailRequest): void {
  const rendered = renderMail(config, readSettings(tx), request);
  createOutboxRepository(tx).enqueue(
    {
      messageId: messageIdFor(config),
      toAddress: request.to.email,
      toName: request.to.name,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      icalMethod: request.ical?.method ?? null,
      icalContent: request.ical?.content ?? null,
      purpose: request.purpose,
    },
    now,
  );
}
