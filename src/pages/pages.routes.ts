// The dashboard, the health check and the information pages (privacy, accessibility).

import { sql } from 'drizzle-orm';
import { feedSectionFor } from '../calendar/feed-section.js';
import { requireUser } from '../http/access.js';
import type { ModulePlugin } from '../http/module.js';
import { t } from '../locale/index.js';
import { dashboardFor } from './dashboard.js';

export const pagesRoutes: ModulePlugin = async (app, opts) => {
  const { config, deps } = opts;

  app.get('/healthz', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      deps.db.get(sql`select 1`);
      return reply.send({ status: 'ok' });
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  app.get('/', { config: { access: 'member', keepPage: true } }, async (request, reply) => {
    const user = requireUser(request);
    return reply.viewAsync('pages/dashboard', {
      title: t('pages.dashboard.title'),
      ...dashboardFor(deps, user),
      // Members get their own organisation's calendar link here; the coordinator finds each on the organisation page.
      feed:
        user.role === 'member'
          ? feedSectionFor(
              config,
              deps.db,
              { id: user.organisationId, name: user.organisationName },
              { action: '/calendar/feed', confirmReplace: '/calendar/replace' },
            )
          : null,
    });
  });

  app.get('/admin', { config: { access: 'coordinator' } }, async (_request, reply) =>
    reply.viewAsync('pages/admin', { title: t('pages.admin.title') }),
  );

  app.get('/privacy', { config: { access: 'public' } }, async (_request, reply) =>
    reply.viewAsync('pages/privacy', {
      title: t('pages.privacy.title'),
      retentionDays: config.retentionDays,
    }),
  );

  app.get('/toegankelijkheid', { config: { access: 'public' } }, async (_request, reply) =>
    reply.viewAsync('pages/accessibility', { title: t('pages.accessibility.title') }),
  );
};
