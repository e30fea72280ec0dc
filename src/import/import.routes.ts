// Importing contacts: upload a CSV, see what would be created, what is there already and which rows are wrong, confirm.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { actionContext } from '../http/action-context.js';
import { cleanForm, formBody } from '../http/forms.js';
import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { confirmImport, ImportChangedError, previewImport } from './import.actions.js';
import type { ImportPlan } from './import.js';

/** A gemeente's contacts fit easily; the confirm form carries the file back, and must stay under the body limit. */
const MAX_FILE_BYTES = 64 * 1024;
// The confirm form carries the uploaded file's text back, so its field is as long as a file may be.
const ConfirmBody = formBody(['text', 'fingerprint'], { text: MAX_FILE_BYTES });
const UploadBody = formBody([]);

const counts = (plan: Pick<ImportPlan, 'newOrganisations' | 'newContacts'>) => ({
  organisations: t('import.counts.organisations', { count: plan.newOrganisations.length }),
  contacts: t('import.counts.contacts', { count: plan.newContacts.length }),
});

export const importRoutes: ModulePlugin = async (app, opts) => {
  const { deps } = opts;
  const coordinator = { access: 'coordinator' as const };
  // Only this plugin's routes accept multipart bodies (the file upload); its fields land on request.body.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 4, parts: 5 },
  });

  const renderUpload = (reply: FastifyReply, error?: string) => {
    if (error) reply.code(422);
    return reply.viewAsync('import/upload', {
      title: t('import.title'),
      kb: MAX_FILE_BYTES / 1024,
      errors: error ? { file: error } : {},
    });
  };

  const renderPreview = (reply: FastifyReply, text: string, plan: ImportPlan, changed = false) => {
    if (changed) reply.code(409);
    const nothing = plan.newOrganisations.length === 0 && plan.newContacts.length === 0;
    return reply.viewAsync('import/preview', {
      title: t('import.previewTitle'),
      changed,
      text,
      plan,
      nothing,
      newOrganisations: plan.newOrganisations.map((o) => ({
        ...o,
        kindLabel: t(`organisations.kinds.${o.kind}`),
      })),
      summary: {
        create: t('import.summary.create', counts(plan)),
        existing:
          plan.existingContacts.length > 0
            ? t('import.summary.existing', {
                contacts: t('import.counts.contacts', { count: plan.existingContacts.length }),
              })
            : null,
        errors:
          plan.errors.length > 0
            ? t('import.summary.errors', { rows: t('import.counts.rows', { count: plan.errors.length }) })
            : null,
      },
      existingOrganisations:
        plan.existingOrganisations.length > 0
          ? t('import.existingOrganisations', { names: plan.existingOrganisations.join(', ') })
          : null,
      errors: plan.errors.map((row) => ({ line: row.line, reasons: row.reasons })),
      confirmLabel: t('import.confirm', counts(plan)),
    });
  };

  app.get('/admin/import', { config: coordinator }, async (_request, reply) => renderUpload(reply));

  app.post(
    '/admin/import/preview',
    { config: coordinator, schema: { body: UploadBody } },
    async (request, reply) => {
      const body: unknown = request.body;
      const file = typeof body === 'object' && body !== null && 'file' in body ? body.file : undefined;
      if (!Buffer.isBuffer(file) || file.length === 0) return renderUpload(reply, t('import.errors.file'));
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file);
      } catch {
        return renderUpload(reply, t('import.errors.encoding'));
      }
      const preview = previewImport(deps.db, text);
      if ('error' in preview) return renderUpload(reply, preview.error);
      return renderPreview(reply, text, preview.plan);
    },
  );

  app.post(
    '/admin/import',
    { config: coordinator, schema: { body: ConfirmBody } },
    async (request, reply) => {
      const form = cleanForm(request.body);
      // cleanForm trims; the file's own first and last characters do not matter to the CSV reader.
      const text = form.text ?? '';
      try {
        const done = confirmImport(deps.db, actionContext(request, opts), {
          text,
          fingerprint: form.fingerprint ?? '',
        });
        return reply
          .flash(
            t('import.flash', {
              organisations: t('import.counts.organisations', { count: done.organisations }),
              contacts: t('import.counts.contacts', { count: done.contacts }),
            }),
          )
          .redirect('/organisations');
      } catch (error) {
        if (!(error instanceof ImportChangedError)) throw error;
        if (!error.plan) return renderUpload(reply, t('import.errors.file'));
        return renderPreview(reply, text, error.plan, true);
      }
    },
  );
};
