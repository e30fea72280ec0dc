// The coordinator's view of the audit log.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { t } from '../locale/index.js';
import { createAuditRepository } from './audit.repository.js';

export async function auditRoutes(app: FastifyInstance, opts: { config: Config; deps: Deps }) {
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
}
