// Server-side rendering with Handlebars: one layout, explicitly registered partials, per-request locals.
import { randomBytes } from 'node:crypto';
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import Handlebars from 'handlebars';
import type { Config } from '../config.js';
import { readSettings, type SettingsParams, settingsParams } from '../settings/settings.js';
import { boundedCache } from '../shared/bounded-cache.js';
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
    /** @fastify/view's rendering of a template on its own; `viewAsync` puts the result in the layout. */
    renderContentAsync(page: string, data?: object): Promise<string>;
  }
}

/** A page's UTF-8 bytes before, between and after the places of the CSRF token. */
export type TokenlessPage = readonly Buffer[];

/**
 * Where a kept block goes. HTML Handlebars produces cannot contain it (it escapes `<` in every value), so only
 * `reply.keep` puts it in a page.
 */
const KEPT_MARK = '<!--kept-->';

/**
 * Stand for a page's own parts in the layout (see `layoutFor`), the token also in a tokenless page: letters and digits
 * only, so escaping leaves them as they are.
 */
const mark = randomBytes(12).toString('hex');
const LAYOUT_MARKS = { title: `title${mark}`, token: `token${mark}`, content: `content${mark}` } as const;
type LayoutSlot = keyof typeof LAYOUT_MARKS;
const LAYOUT_SLOT = new RegExp(`(${Object.values(LAYOUT_MARKS).join('|')})`);
const slotOf = new Map<string, LayoutSlot>(
  Object.entries(LAYOUT_MARKS).map(([slot, text]) => [text, slot as LayoutSlot]),
);

/** The layout as rendered for one kind of viewer: its text, with the page's title, CSRF token and content left out. */
type CutLayout = readonly (string | LayoutSlot)[];

/** Kinds of viewer whose layout is kept per version of the installation's names (a few per user who logs in). */
const KEPT_LAYOUTS = 500;

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
      this.pageLocals = { ...this.locals, csrfToken: LAYOUT_MARKS.token };
      const html = await this.viewAsync(page, data);
      return html.split(LAYOUT_MARKS.token).map((part) => Buffer.from(part));
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
      propertyName: 'renderContent',
      production: opts.config.cacheTemplates,
      options: { partials, compileOptions },
    });

    // The layout differs between viewers only in who is logged in, their menu, a notice and the installation's names:
    // it is rendered once for each such viewer and cut where the page's title, CSRF token and content go (rendering
    // it for every page cost about a tenth of a small page's time). With TEMPLATE_CACHE off it is rendered every time,
    // so a changed layout shows at once.
    const layouts = new WeakMap<
      SettingsParams,
      (key: string, make: () => Promise<CutLayout>) => Promise<CutLayout>
    >();
    const layoutFor = (reply: FastifyReply): Promise<CutLayout> => {
      const { user, nav, flash, settings } = reply.locals;
      const render = async () => {
        const html = await reply.renderContentAsync('layouts/main', {
          title: LAYOUT_MARKS.title,
          csrfToken: LAYOUT_MARKS.token,
          body: LAYOUT_MARKS.content,
        });
        return html
          .split(LAYOUT_SLOT)
          .map((part, index) => (index % 2 === 1 ? (slotOf.get(part) as LayoutSlot) : part));
      };
      if (!opts.config.cacheTemplates) return render();
      let kept = layouts.get(settings);
      if (!kept) {
        kept = boundedCache<Promise<CutLayout>>(KEPT_LAYOUTS);
        layouts.set(settings, kept);
      }
      const current = nav.find((item) => item.current)?.href ?? '';
      const key = `${user?.role ?? ''}\n${current}\n${user?.name ?? ''}\n${user?.organisationName ?? ''}\n${flash ?? ''}`;
      return kept(key, render);
    };
    app.decorateReply('viewAsync', async function (this: FastifyReply, page: string, data?: object) {
      const content = await this.renderContentAsync(page, data);
      const title = (data as { title?: unknown } | undefined)?.title;
      const values: Record<LayoutSlot, string> = {
        title: Handlebars.escapeExpression(typeof title === 'string' ? title : ''),
        token: this.locals.csrfToken,
        content,
      };
      let html = '';
      for (const [index, part] of (await layoutFor(this)).entries()) {
        html += index % 2 === 1 ? values[part as LayoutSlot] : part;
      }
      return html;
    });
  },
  { name: 'view', dependencies: ['db', 'security', 'auth-session', 'flash'] },
);
