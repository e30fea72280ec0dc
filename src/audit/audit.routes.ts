import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { createAuditRepository } from './audit.repository.js';
import { auditTitles } from './audit.view.js';

export const auditRoutes: ModulePlugin = async (app, opts) => {
  const repo = createAuditRepository(opts.deps.db);

  app.get('/admin/audit', { config: { access: 'coordinator' } }, async (_request, reply) => {
    const titleOf = auditTitles(opts.deps.db);
    const entries = repo.list().map((entry) => ({
      ...entry,
      // "overleg ‘Ketenoverleg april 2026’" reads better than "overleg #3"; the number stays for a deleted record.
      recordTitle: titleOf(entry.entity, entry.entityId),
      actionLabel: t(`audit.actions.${entry.action}`),
      entityLabel: t(`audit.entities.${entry.entity}`),
      actorName: entry.actorName ?? t('audit.formerContact'),
    }));
    return reply.viewAsync('audit/list', { title: t('audit.title'), entries });
  });
};
