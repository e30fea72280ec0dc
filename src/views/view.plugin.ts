// Server-side rendering with Handlebars: one layout, explicitly registered partials, per-request locals.
import { randomBytes } from 'node:crypto';
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
    /**
     * Puts a block's HTML, kept as UTF-8 bytes, into this page (see kept.helper.ts): returns the mark that stands for
     * it in the rendered page until the bytes go out.
     */
    keep(bytes: Buffer): string;
    keptBytes: Buffer | null;
    /** Renders a page that is the same for every visitor but for their CSRF token: its bytes, cut where it goes. */
    renderTokenless(page: string, data: object): Promise<TokenlessPage>;
    /** Sends a tokenless page with this visitor's CSRF token put in. */
    sendTokenless(page: TokenlessPage): FastifyReply;
  }
}

/** A page's UTF-8 bytes before, between and after the places of the CSRF token. */
export type TokenlessPage = readonly Buffer[];

/** Stands for the CSRF token in a tokenless page: letters and digits only, so escaping leaves it as it is. */
const TOKEN_MARK = `csrf${randomBytes(12).toString('hex')}`;

/**
 * Where a kept block goes. HTML Handlebars produces cannot contain it (it escapes `<` in every value), so only
 * `reply.keep` puts it in a page.
 */
const KEPT_MARK = '<!--kept-->';

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
    // A kept block is sent as the bytes it was kept as: encoding a long page for every request (and measuring it for
    // its Content-Length first) cost more than rendering the layout around it.
    app.decorateReply('keptBytes', null);
    app.decorateReply('keep', function (this: FastifyReply, bytes: Buffer) {
      this.keptBytes = bytes;
      return KEPT_MARK;
    });
    app.addHook('onSend', (_request, reply, payload, done) => {
      const at = reply.keptBytes && typeof payload === 'string' ? payload.indexOf(KEPT_MARK) : -1;
      if (at === -1) return done(null, payload);
      const page = payload as string;
      done(
        null,
        Buffer.concat([
          Buffer.from(page.slice(0, at)),
          reply.keptBytes as Buffer,
          Buffer.from(page.slice(at + KEPT_MARK.length)),
        ]),
      );
    });
    app.decorateReply('renderTokenless', async function (this: FastifyReply, page: string, data: object) {
      this.pageLocals = { ...this.locals, csrfToken: TOKEN_MARK };
      const html = await this.viewAsync(page, data);
      return html.split(TOKEN_MARK).map((part) => Buffer.from(part));
    });
    app.decorateReply('sendTokenless', function (this: FastifyReply, page: TokenlessPage) {
      const token = Buffer.from(this.csrfTokenForForms());
      const parts: Buffer[] = [];
      for (const [index, part] of page.entries()) {
        if (index > 0) parts.push(token);
        parts.push(part);
      }
      return this.type('text/html; charset=utf-8').send(Buffer.concat(parts));
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
