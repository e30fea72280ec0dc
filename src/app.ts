// Builds the Fastify app: infrastructure plugins first, then one route plugin per module, in reading order.
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { agendaRoutes } from './agenda/agenda.routes.js';
import { createTopicsRepository } from './agenda/topics.repository.js';
import { topicsRoutes } from './agenda/topics.routes.js';
import { releaseTopicsOfCancelled, releaseUntriagedOfHeld } from './agenda/triage.actions.js';
import { triageRoutes } from './agenda/triage.routes.js';
import { createAgreementsRepository } from './agreements/agreements.repository.js';
import { agreementsRoutes } from './agreements/agreements.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import type { AuditTitleLookups } from './audit/audit.view.js';
import { createAuthRepository } from './auth/auth.repository.js';
import { authRoutes } from './auth/auth.routes.js';
import { sessionPlugin } from './auth/session.plugin.js';
import { createCalendarRepository } from './calendar/calendar.repository.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { feedSectionFor } from './calendar/feed-section.js';
import { repliesRoutes } from './calendar/replies.routes.js';
import { replyListenerPlugin } from './calendar/reply-listener.js';
import type { Config } from './config.js';
import type { Db } from './db/connection.js';
import { dbPlugin } from './db/db.plugin.js';
import type { Deps } from './deps.js';
import { accessPlugin } from './http/access.js';
import { registerErrorHandlers } from './http/errors.js';
import { flashPlugin } from './http/flash.plugin.js';
import { loggerOptions, OneLinePerRequest } from './http/logging.js';
import { MAX_PARAM_LENGTH, refuseUnroutable, rewriteRefusedUrl } from './http/router-errors.js';
import { securityPlugin } from './http/security.plugin.js';
import { compileOnFirstUse } from './http/validation.js';
import { importRoutes } from './import/import.routes.js';
import { insightRoutes } from './insight/insight.routes.js';
import { invitationsRoutes } from './invitations/invitations.routes.js';
import { jobsPlugin } from './jobs/jobs.plugin.js';
import { mailRoutes } from './mail/mail.routes.js';
import { holidaysRoutes } from './meetings/holidays.routes.js';
import { createMeetingsRepository } from './meetings/meetings.repository.js';
import { meetingsRoutes } from './meetings/meetings.routes.js';
import { contactOf, createContactsRepository } from './organisations/contacts.repository.js';
import { createOrganisationsRepository } from './organisations/organisations.repository.js';
import { organisationsRoutes } from './organisations/organisations.routes.js';
import { createThemesRepository } from './organisations/themes.repository.js';
import { themesRoutes } from './organisations/themes.routes.js';
import { pagesRoutes } from './pages/pages.routes.js';
import { plannerRoutes } from './polls/planner.routes.js';
import { meetingPolls } from './polls/polls.read.js';
import { createPollsRepository } from './polls/polls.repository.js';
import { pollsRoutes } from './polls/polls.routes.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { viewsRoot } from './views/paths.js';
import { viewPlugin } from './views/view.plugin.js';

const projectRoot = resolve(viewsRoot, '..');

export type App = FastifyInstance;

export async function buildApp(config: Config, deps: Deps): Promise<App> {
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(deps.logStream ? { stream: deps.logStream } : {}) },
    logController: new OneLinePerRequest(),
    schemaController: { compilersFactory: { buildValidator: compileOnFirstUse() } },
    bodyLimit: 256 * 1024,
    // Behind a proxy, trust only the first hop (our proxy) and take the address it added. `true` would take the
    // left-most X-Forwarded-For entry, which the client writes itself (nginx's $proxy_add_x_forwarded_for appends):
    // a fresh made-up address per request would step around the rate limits on login and token links.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop === 0 : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    rewriteUrl: rewriteRefusedUrl,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Infrastructure
  await app.register(dbPlugin, { db: deps.db, close: deps.closeDb });
  await app.register(securityPlugin, { config });
  await app.register(staticFiles);
  await app.register(sessionPlugin, { config, deps });
  await app.register(flashPlugin, { config });
  await app.register(viewPlugin, { config, deps });
  await app.register(accessPlugin);
  await app.register(jobsPlugin, { config, deps });
  registerErrorHandlers(app);
  refuseUnroutable(app);

  // Modules
  await app.register(pagesRoutes, { config, deps });
  await app.register(authRoutes, { config, deps });
  const topics = createTopicsRepository(deps.db);
  const agreements = createAgreementsRepository(deps.db);
  await app.register(organisationsRoutes, {
    config,
    deps,
    use: {
      topics: (organisationId) => topics.countOf({ organisationId }),
      agreements: (organisationId) => agreements.countNaming(organisationId),
    },
    feeds: {
      section: (organisation, paths) => feedSectionFor(config, deps.db, organisation, paths),
      forget: (tx, organisationId) => createCalendarRepository(tx).deleteFeedTokensOf(organisationId),
    },
    sessions: {
      ofContact: (tx, contactId) => createAuthRepository(tx).deleteSessionsOf(contactId),
      ofOrganisation: (tx, organisationId) =>
        createAuthRepository(tx).deleteSessionsOfOrganisation(organisationId),
    },
  });
  await app.register(themesRoutes, {
    config,
    deps,
    use: { topics: (themeId) => topics.countOf({ themeId }) },
  });
  await app.register(meetingsRoutes, {
    config,
    deps,
    polls: meetingPolls(deps.db),
    topics: { releaseOfCancelled: releaseTopicsOfCancelled, releaseUntriagedOfHeld },
  });
  await app.register(plannerRoutes, { config, deps });
  await app.register(pollsRoutes, { config, deps });
  await app.register(holidaysRoutes, { config, deps });
  await app.register(topicsRoutes, { config, deps });
  await app.register(triageRoutes, { config, deps });
  await app.register(agendaRoutes, { config, deps });
  await app.register(calendarRoutes, { config, deps });
  await app.register(repliesRoutes, { config, deps });
  await app.register(replyListenerPlugin, { config, deps });
  await app.register(agreementsRoutes, { config, deps });
  await app.register(insightRoutes, { config, deps });
  await app.register(invitationsRoutes, { config, deps });
  await app.register(mailRoutes, { config, deps });
  await app.register(auditRoutes, {
    config,
    deps,
    titles: auditTitleLookups(deps.db),
    actorName: (contactId) => contactOf('name', contactId),
  });
  await app.register(settingsRoutes, { config, deps });
  await app.register(importRoutes, { config, deps });

  return app;
}

/** Static files are public; they are registered before the access plugin, which requires a rule on every later route. */
async function staticFiles(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: resolve(projectRoot, 'public'),
    prefix: '/static/',
    maxAge: '1h',
  });
  await app.register(fastifyStatic, {
    root: resolve(projectRoot, 'node_modules/@utrecht/component-library-css/dist'),
    prefix: '/static/vendor/utrecht/',
    decorateReply: false,
    maxAge: '1d',
  });
}

/** How the audit log names each kind of record: through the module that owns it (a meeting's agenda and minutes by the meeting). */
function auditTitleLookups(db: Db): AuditTitleLookups {
  const meetings = createMeetingsRepository(db);
  const meetingTitle = (id: number) => meetings.find(id)?.title ?? null;
  return {
    meeting: meetingTitle,
    agenda: meetingTitle,
    minutes: meetingTitle,
    poll: (id) => createPollsRepository(db).find(id)?.title ?? null,
    topic: (id) => createTopicsRepository(db).find(id)?.title ?? null,
    organisation: (id) => createOrganisationsRepository(db).find(id)?.name ?? null,
    contact: (id) => createContactsRepository(db).find(id)?.name ?? null,
    theme: (id) => createThemesRepository(db).find(id)?.name ?? null,
  };
}
