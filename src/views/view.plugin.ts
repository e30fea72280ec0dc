// Server-side rendering with Handlebars: one layout, explicitly registered partials, per-request locals.
import { randomBytes } from 'node:crypto';
import fastifyView from '@fastify/view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import Handlebars from 'handlebars';
import type { Config } from '../config.js';
import { contentVersion } from '../db/data-version.js';
import type { Deps } from '../deps.js';
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
  interface FastifyContextConfig {
    /**
     * The page is kept per viewer until the content changes (see `keptPages`). Only for a page that reads nothing but
     * the content tables, the viewer and the clock: test/views/kept-pages.test.ts opens every such page and checks it.
     */
    keepPage?: boolean;
  }
  interface FastifyReply {
    /** Where this request's page is kept when it renders and goes out with 200: set only on a page that is kept. */
    pageToKeep: PageToKeep | null;
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

/** Adds a tokenless page's parts to `into`, with the token between them. */
function withToken(page: TokenlessPage, token: Buffer, into: Buffer[]) {
  for (const [index, part] of page.entries()) {
    if (index > 0) into.push(token);
    into.push(part);
  }
}

/**
 * Where a kept block goes. HTML Handlebars produces cannot contain it (it escapes `<` in every value), so only
 * `reply.keep` puts it in a page.
 */
const KEPT_MARK = '<!--kept-->';

/** The UTF-8 bytes of a page's text, with the kept block's bytes where its mark is. */
function withKept(text: string, kept: Buffer | null): Buffer {
  const at = kept ? text.indexOf(KEPT_MARK) : -1;
  if (!kept || at === -1) return Buffer.from(text);
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    kept,
    Buffer.from(text.slice(at + KEPT_MARK.length)),
  ]);
}

/** A rendered page's UTF-8 bytes, cut where the CSRF token goes, with a kept block's bytes in place of its mark. */
function cutAtToken(html: string, kept: Buffer | null): TokenlessPage {
  return html.split(LAYOUT_MARKS.token).map((part) => withKept(part, kept));
}

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

/** A page's content as rendered for one viewer and URL: valid while the stamp (content version and minute) holds. */
interface KeptPage {
  stamp: string;
  title: string;
  content: TokenlessPage;
  bytes: number;
}

interface PageToKeep {
  key: string;
  stamp: string;
  page: KeptPage | null;
}

/**
 * What the kept pages (per viewer and URL, the last rendering of each) may take together; the page kept longest ago goes
 * first. Pages are 10–60 KB, so this holds a few hundred.
 */
const KEPT_PAGES_BYTES = 12 * 1024 * 1024;

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
  async (app: FastifyInstance, opts: { config: Config; deps: Pick<Deps, 'now'> }) => {
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
    app.decorateReply('pageToKeep', null);
    const keptPages = new Map<string, KeptPage>();
    let keptBytes = 0;
    const forget = (key: string) => {
      keptBytes -= keptPages.get(key)?.bytes ?? 0;
      keptPages.delete(key);
    };
    app.addHook('onSend', (_request, reply, payload, done) => {
      const keeping = reply.pageToKeep;
      if (keeping?.page && reply.statusCode === 200) {
        forget(keeping.key);
        keptPages.set(keeping.key, keeping.page);
        keptBytes += keeping.page.bytes;
        while (keptBytes > KEPT_PAGES_BYTES) forget(keptPages.keys().next().value as string);
      }
      if (!reply.keptBytes || typeof payload !== 'string') return done(null, payload);
      done(null, withKept(payload, reply.keptBytes));
    });
    app.decorateReply('renderTokenless', async function (this: FastifyReply, page: string, data: object) {
      this.pageLocals = { ...this.locals, csrfToken: LAYOUT_MARKS.token };
      return cutAtToken(await this.viewAsync(page, data), null);
    });
    app.decorateReply('sendTokenless', function (this: FastifyReply, page: TokenlessPage) {
      const parts: Buffer[] = [];
      withToken(page, Buffer.from(this.csrfTokenForForms()), parts);
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
      const keeping = this.pageToKeep;
      const token = this.locals.csrfToken;
      if (keeping) this.pageLocals = { ...this.locals, csrfToken: LAYOUT_MARKS.token };
      let content = await this.renderContentAsync(page, data);
      const typed = (data as { title?: unknown } | undefined)?.title;
      const title = Handlebars.escapeExpression(typeof typed === 'string' ? typed : '');
      if (keeping) {
        // A kept block (the annual report's) goes into the kept page as its bytes; the page sent now gets it on send.
        const bytes = cutAtToken(content, this.keptBytes);
        const size = bytes.reduce((sum, part) => sum + part.length, title.length);
        keeping.page = { stamp: keeping.stamp, title, content: bytes, bytes: size };
        content = content.replaceAll(LAYOUT_MARKS.token, token);
        this.pageLocals = { ...this.locals, csrfToken: token };
      }
      const values: Record<LayoutSlot, string> = { title, token, content };
      let html = '';
      for (const [index, part] of (await layoutFor(this)).entries()) {
        html += index % 2 === 1 ? values[part as LayoutSlot] : part;
      }
      return html;
    });

    // A kept page: rendered once per viewer and URL, and again only when the content version or the minute changes
    // (a session touched, a mail sent or an audit line written change neither). The layout and the CSRF token are put
    // in for each request, so a notice or a second session of the same viewer shows as always. Without template cache
    // (development) or with KEEP_PAGES off, pages are rendered every time.
    const layoutBytes = new WeakMap<CutLayout, readonly (Buffer | LayoutSlot)[]>();
    const keptPageBytes = async (reply: FastifyReply, page: KeptPage): Promise<Buffer> => {
      const layout = await layoutFor(reply);
      let bytes = layoutBytes.get(layout);
      if (!bytes) {
        bytes = layout.map((part, index) => (index % 2 === 1 ? (part as LayoutSlot) : Buffer.from(part)));
        layoutBytes.set(layout, bytes);
      }
      const token = Buffer.from(reply.locals.csrfToken);
      const parts: Buffer[] = [];
      for (const [index, part] of bytes.entries()) {
        if (index % 2 === 0) parts.push(part as Buffer);
        else if (part === 'title') parts.push(Buffer.from(page.title));
        else if (part === 'token') parts.push(token);
        else withToken(page.content, token, parts);
      }
      return Buffer.concat(parts);
    };
    const answerFromKept = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'GET' || !request.user) return;
      const key = `${request.user.contactId} ${request.url}`;
      const stamp = `${contentVersion(app.db)}.${Math.floor(opts.deps.now().getTime() / 60_000)}`;
      const kept = keptPages.get(key);
      if (kept?.stamp === stamp)
        return reply.type('text/html; charset=utf-8').send(await keptPageBytes(reply, kept));
      reply.pageToKeep = { key, stamp, page: null };
    };
    app.addHook('onRoute', (route) => {
      if (!opts.config.cacheTemplates || !opts.config.keepPages || !route.config?.keepPage) return;
      route.preHandler = [answerFromKept, ...[route.preHandler ?? []].flat()];
    });
  },
  { name: 'view', dependencies: ['db', 'security', 'auth-session', 'flash'] },
);
