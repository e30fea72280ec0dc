// The coordinator's outbox (failures with a retry button) and, with the file transport, the written .eml files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireUser } from '../http/access.js';
import { actionContext, contextOf } from '../http/action-context.js';
import { NotFoundError } from '../http/errors.js';
import { formBody, IdParams } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { Type } from '../http/schema.js';
import { t } from '../locale/index.js';
import { devMailText } from './dev-mail.js';
import { recordMailOpened, retryMail } from './mail.actions.js';
import { createOutboxRepository } from './outbox.repository.js';

const EmlParams = Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_.-]+\\.eml$', maxLength: 200 }) });

async function listEmlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

export const mailRoutes: ModulePlugin = async (app, opts) => {
  const { config, deps } = opts;
  const outbox = createOutboxRepository(deps.db);

  app.get('/admin/outbox', { config: { access: 'coordinator' } }, async (_request, reply) => {
    const messages = outbox.listRecent().map((message) => ({
      ...message,
      statusLabel: t(`mail.outbox.status.${message.status}`),
      canRetry: message.status === 'failed',
    }));
    return reply.viewAsync('mail/outbox', {
      title: t('mail.outbox.title'),
      messages,
      failed: messages.filter((message) => message.status === 'failed').length,
      transportLabel: t(`mail.outbox.transport.${deps.mailTransport.kind}`),
    });
  });

  app.post(
    '/admin/outbox/:id/retry',
    { config: { access: 'coordinator' }, schema: { params: IdParams, body: formBody([]) } },
    async (request, reply) => {
      const { id } = request.params;
      const retried = retryMail(deps.db, actionContext(request, opts), { id });
      if (!retried) throw new NotFoundError();
      app.nudgeOutbox();
      return reply.flash(t('mail.outbox.retried')).redirect('/admin/outbox');
    },
  );

  app.get('/dev/mail', { config: { access: 'coordinator' } }, async (_request, reply) => {
    const files = await listEmlFiles(config.mailDir);
    // mailparser takes about 0.3 s of CPU to load: only this development page needs it, so not every start-up.
    const { simpleParser } = await import('mailparser');
    const messages = await Promise.all(
      files.slice(0, 200).map(async (file) => {
        // Parsed, not read line by line: subjects with accents or dashes are MIME-encoded and long headers folded.
        const mail = await simpleParser(await readFile(join(config.mailDir, file)), {
          skipHtmlToText: true,
          skipTextToHtml: true,
          skipImageLinks: true,
        });
        const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(', ') : mail.to?.text;
        return { file, to: to ?? '', subject: mail.subject ?? '', sentAt: mail.date?.toISOString() ?? null };
      }),
    );
    return reply.viewAsync('mail/dev-mail', {
      title: t('mail.dev.title'),
      messages,
      fileTransport: deps.mailTransport.kind === 'eml',
      mailDir: config.mailDir,
    });
  });

  app.get(
    '/dev/mail/:file',
    { config: { access: 'coordinator' }, schema: { params: EmlParams } },
    async (request, reply) => {
      const { file } = request.params;
      const files = await listEmlFiles(config.mailDir);
      if (!files.includes(file)) throw new NotFoundError();
      const { simpleParser } = await import('mailparser');
      const mail = await simpleParser(await readFile(join(config.mailDir, file)), { skipTextToHtml: true });
      const user = requireUser(request);
      recordMailOpened(deps.db, contextOf(opts, user), { messageId: mail.messageId ?? null });
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `inline; filename="${file}"`)
        .send(devMailText(mail, user.email));
    },
  );
};
