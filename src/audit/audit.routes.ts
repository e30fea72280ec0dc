import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { createAuditRepository } from './audit.repository.js';

export const auditRoutes: ModulePlugin = async (app, opts) => {
  const repo = createAuditRepository(opts.deps.db);

  app.get('/admin/audit', { config: { access: 'coordinator' } }, async (_request, reply) => {
    const entries = repo.list().map((entry) => ({
      ...entry,
      actionLabel: t(`audit.actions.${entry.action}`),
      entityLabel: t(`audit.entities.${entry.entity}`),
      actorName: entry.actorName ?? t('audit.formerContact'),
    }));
    return reply.viewAsync('audit/list', { title: t('audit.title'), entries });
  });
};
