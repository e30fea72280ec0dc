// Server-side rendering with Handlebars: one layout, explicitly registered partials, per-request locals.
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { csrfUserInfo } from '../http/security.plugin.js';
import { readSettings, settingsParams } from '../settings/settings.js';
import { createHandlebars } from './helpers/index.js';
import { navigationFor } from './navigation.js';
import { viewsRoot } from './paths.js';

const partials = {
  errorSummary: 'partials/error-summary.hbs',
  field: 'partials/field.hbs',
  textarea: 'partials/textarea.hbs',
  select: 'partials/select.hbs',
  radios: 'partials/radios.hbs',
  meetingCard: 'meetings/card.hbs',
  calendarFeed: 'calendar/feed.hbs',
  agreementItem: 'agreements/list-item.hbs',
  agreementsTable: 'agreements/table.hbs',
  csrf: 'partials/csrf.hbs',
  flash: 'partials/flash.hbs',
  privacyFindings: 'partials/privacy-findings.hbs',
  attendance: 'invitations/attendance.hbs',
  ownAnswer: 'invitations/own-answer.hbs',
  openPolls: 'polls/open-polls.hbs',
  insightSections: 'insight/sections.hbs',
};

declare module 'fastify' {
  interface FastifyReply {
    locals: Record<string, unknown> | undefined;
  }
}

export const viewPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    await app.register(fastifyView, {
      engine: { handlebars: createHandlebars() },
      root: viewsRoot,
      viewExt: 'hbs',
      layout: 'layouts/main',
      production: opts.config.cacheTemplates,
      options: { partials },
    });

    // Everything the layout needs: who is logged in, the navigation for their role, a CSRF token for forms.
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      let csrfToken: string | undefined;
      reply.locals = {
        user: request.user,
        nav: navigationFor(request.user, request.url),
        flash: request.flashMessage,
        // The installation's names for the layout and for every {{t}} sentence that names them (see t.helper.ts).
        get settings() {
          return settingsParams(readSettings(app.db));
        },
        // A getter, so only rendered pages (not redirects) get a CSRF cookie; one token per request, because
        // the page and the layout read it separately and a second secret would replace the first cookie.
        get csrfToken() {
          csrfToken ??= reply.generateCsrf({ userInfo: csrfUserInfo(request) });
          return csrfToken;
        },
      };
    });
  },
  { name: 'view', dependencies: ['db', '@fastify/csrf-protection', 'auth-session', 'flash'] },
);
