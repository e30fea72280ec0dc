import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { type ContactNameOf, createAuditRepository } from './audit.repository.js';
import { type AuditTitleLookups, auditView } from './audit.view.js';

/**
 * `titles`: how each owner module names its records, `actorName`: a contact's name in the log's query; the app passes
 * them in, so the log depends on no module.
 */
export const auditRoutes: ModulePlugin<{ titles: AuditTitleLookups; actorName: ContactNameOf }> = async (
  app,
  opts,
) => {
  const repo = createAuditRepository(opts.deps.db);

  app.get('/admin/audit', { config: { access: 'coordinator' } }, async (_request, reply) => {
    const entries = auditView(repo.list(opts.actorName), opts.titles);
    return reply.viewAsync('audit/list', { title: t('audit.title'), entries });
  });
};
