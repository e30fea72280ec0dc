// Server-side rendering with Handlebars: one layout, explicitly registered partials, per-request locals.
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { readSettings, type SettingsParams, settingsParams } from '../settings/settings.js';
import type { SessionUser } from '../shared/session-user.js';
import { compileOptions, createHandlebars } from './helpers/index.js';
import { type NavItem, navigationFor } from './navigation.js';
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
    /** What every page's layout reads; made when a page is rendered, never for redirects, files or feeds. */
    readonly locals: PageLocals;
    pageLocals: PageLocals | null;
  }
}

interface PageLocals {
  user: SessionUser | null;
  nav: readonly NavItem[];
  flash: string | null;
  settings: SettingsParams;
  csrfToken: string;
}

export const viewPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    // Declared before @fastify/view registers, so it adds no hook of its own that makes an empty object per request.
    app.decorateReply('pageLocals', null);
    app.decorateReply('locals', {
      getter(this: FastifyReply): PageLocals {
        // Everything the layout needs: who is logged in, the navigation for their role, the installation's names
        // (for the layout and every {{t}} sentence that names them, see t.helper.ts) and the CSRF token for forms.
        this.pageLocals ??= {
          user: this.request.user,
          nav: navigationFor(this.request.user, this.request.url),
          flash: this.request.flashMessage,
          settings: settingsParams(readSettings(app.db)),
          csrfToken: this.csrfTokenForForms(),
        };
        return this.pageLocals;
      },
    });
    await app.register(fastifyView, {
      engine: { handlebars: createHandlebars() },
      root: viewsRoot,
      viewExt: 'hbs',
      layout: 'layouts/main',
      production: opts.config.cacheTemplates,
      options: { partials, compileOptions },
    });
  },
  { name: 'view', dependencies: ['db', 'security', 'auth-session', 'flash'] },
);
