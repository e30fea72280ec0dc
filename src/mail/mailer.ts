// Renders mail and puts it in the outbox (inside the caller's transaction).
//
// Adding a mail:
// 1. Write its subject and every sentence under `mail.<name>` in `src/locale/nl/mail.ts`.
// 2. Write the body once, as HTML, in `views/mail/<name>.html.hbs`: `<h1>`, `<p>{{greeting}}</p>`, paragraphs of
//    `{{t "mail.<name>.…" param=value}}` (`(strong value)` and `(linkTo url)` for emphasis and links inside a
//    sentence), lists, tables, and a button as `<p><a href="{{link}}" style="…">{{t "…"}}</a></p>`. A text someone
//    typed in a textarea goes in as `{{lines text}}`, which keeps its line breaks in both parts. No words outside
//    `{{t}}` (test/mail/mail-templates.test.ts). The text part is derived from this body (mail-text.ts); what only
//    makes sense in HTML, such as the "copy this address" help under a button, goes in `data-text="none"`.
// 3. Call `enqueueMail(tx, config, now, { template: '<name>', to, data, purpose })` inside the action's transaction.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import type { Config } from '../config.js';
import type { DbOrTx } from '../db/connection.js';
import { t } from '../locale/index.js';
import { readSettings, type Settings, settingsParams } from '../settings/settings.js';
import { compileOptions, createHandlebars } from '../views/helpers/index.js';
import { viewsRoot } from '../views/paths.js';
import { htmlToText } from './mail-text.js';
import { createOutboxRepository } from './outbox.repository.js';

export interface Recipient {
  name: string | null;
  email: string;
}

export interface MailRequest {
  /** Template name: the body `views/mail/<template>.html.hbs`, its subject and sentences under `mail.<template>`. */
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

export type MailRenderer = (
  settings: Settings,
  request: Pick<MailRequest, 'template' | 'data' | 'to'>,
) => RenderedMail;

/**
 * A renderer for this configuration: with `TEMPLATE_CACHE` on a template is compiled once, else it is read again for
 * every mail, so a changed template shows in the next mail while developing. `root` is the views folder.
 */
export function createMailRenderer(
  config: Pick<Config, 'baseUrl' | 'cacheTemplates'>,
  root = viewsRoot,
): MailRenderer {
  const handlebars = createHandlebars();
  const cache = new Map<string, TemplateDelegate>();
  const template = (file: string): TemplateDelegate => {
    const cached = cache.get(file);
    if (cached) return cached;
    const compiled = handlebars.compile(readFileSync(join(root, 'mail', file), 'utf8'), compileOptions);
    if (config.cacheTemplates) cache.set(file, compiled);
    return compiled;
  };

  // The installation's names fill the signature, the footer and every `{{t}}` sentence.
  return (settings, request) => {
    const names = settingsParams(settings);
    const name = request.to.name;
    const data = {
      ...request.data,
      greeting: name ? t('mail.greeting.named', { name }) : t('mail.greeting.plain'),
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
      // One body: the text part says what the HTML part says, signed at the bottom as a letter.
      text: `${htmlToText(body)}\n${data.signature}\n`,
      html: template('layout.html.hbs')({ ...data, subject, body }),
    };
  };
}

/** One renderer per configuration, made on first use. */
const renderers = new WeakMap<Config, MailRenderer>();

/** Renders one mail with the renderer of this configuration. */
export function renderMail(
  config: Config,
  settings: Settings,
  request: Pick<MailRequest, 'template' | 'data' | 'to'>,
): RenderedMail {
  let renderer = renderers.get(config);
  if (!renderer) {
    renderer = createMailRenderer(config);
    renderers.set(config, renderer);
  }
  return renderer(settings, request);
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
