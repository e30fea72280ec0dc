// Security headers (strict CSP, no inline script), forms and cookies, CSRF tokens and origin checks, rate limits.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config.js';
import { t } from '../locale/index.js';
import { DomainError } from './errors.js';
import { acceptFormsOnly, parseFormBody, requireCanonicalIds } from './strict-input.js';

/** For token URLs and the login form: generous for people, tight for guessing. */
export const strictRateLimit = { max: 10, timeWindow: '15 minutes' };
export const tokenRateLimit = { max: 60, timeWindow: '15 minutes' };

/** The cookie that holds the CSRF secret; a new session starts with a new secret (see `startSession`). */
export function csrfCookie(config: Config) {
  return {
    name: config.secure ? '__Host-csrf' : 'csrf',
    options: { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secure, signed: true },
  };
}

/**
 * A CSRF token is made for one server-side session (anonymous pages: for none), so a token read from one session's
 * page is refused in any other, and the tokens of before a login or logout stop working with it.
 */
export function csrfUserInfo(request: FastifyRequest): string {
  // Not empty: the token library refuses an empty user info outright.
  return request.sessionIdHash ?? 'anonymous';
}

declare module 'fastify' {
  interface FastifyReply {
    /** The CSRF token for this page's forms (and the CSRF cookie, when the browser has none yet). */
    csrfTokenForForms(): string;
  }
}

/** How many (session, CSRF secret) pairs keep their token; beyond this the oldest is made again when next needed. */
const ISSUED_TOKENS = 5000;

/**
 * One token per server-side session and CSRF secret, made once and then reused: making one costs a random salt and
 * three HMACs, for every page. It is the token `generateCsrf` makes, so the csrf-protection plugin checks it as
 * before: bound to the session (a login or logout makes a new session id and drops the secret) and to the cookie.
 * A token is kept only for a cookie whose signature was valid; the key is the cookie exactly as the browser sent it.
 */
function csrfTokenForForms(cookieName: string) {
  const issued = new Map<string, string>();
  return function (this: FastifyReply): string {
    const userInfo = csrfUserInfo(this.request);
    const cookie = this.request.cookies[cookieName];
    if (!cookie) return this.generateCsrf({ userInfo });
    const key = `${userInfo} ${cookie}`;
    let token = issued.get(key);
    if (token === undefined) {
      token = this.generateCsrf({ userInfo });
      if (this.unsignCookie(cookie).valid) {
        if (issued.size >= ISSUED_TOKENS) issued.delete(issued.keys().next().value as string);
        issued.set(key, token);
      }
    }
    return token;
  };
}

/** A state-changing request from another origin than BASE_URL's, whatever token it carries, is refused. */
export function isCrossOrigin(headers: FastifyRequest['headers'], baseOrigin: string): boolean {
  if (headers.origin !== undefined && headers.origin !== baseOrigin) return true;
  return headers['sec-fetch-site'] === 'cross-site';
}

function helmetOptions(config: Config): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * Helmet's headers (strict CSP, frame and referrer policies…) for our options, worked out once: none of them depends
 * on the request, and Helmet would otherwise parse the whole policy again for every answer.
 */
export function securityHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number) {
      headers[name.toLowerCase()] = String(value);
    },
    // Helmet removes X-Powered-By, which neither Node nor Fastify sends.
    removeHeader() {},
  };
  helmet(helmetOptions(config))(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error;
    },
  );
  return headers;
}

export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    const { config } = opts;
    // The same headers on every answer (pages, static files, errors, 404s), set before anything else can fail.
    const headers = securityHeaders(config);
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
    await app.register(fastifyCookie, { secret: config.sessionSecret });
    await app.register(fastifyFormbody, { parser: parseFormBody });
    acceptFormsOnly(app);
    requireCanonicalIds(app);
    const csrf = csrfCookie(config);
    await app.register(fastifyCsrf, {
      cookieKey: csrf.name,
      cookieOpts: csrf.options,
      getToken: (request: FastifyRequest) => csrfTokenOf(request.body),
      getUserInfo: csrfUserInfo,
      csrfOpts: { hmacKey: createHmac('sha256', config.sessionSecret).update('csrf').digest() },
    });
    app.decorateReply('csrfTokenForForms', csrfTokenForForms(csrf.name));
    await app.register(fastifyRateLimit, { global: false });

    // Every state-changing request comes from our own pages (its origin) and carries the form's CSRF token.
    const baseOrigin = new URL(config.baseUrl).origin;
    app.addHook(
      'preHandler',
      (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
        if (request.method === 'GET' || request.method === 'HEAD') return done();
        if (isCrossOrigin(request.headers, baseOrigin)) {
          return done(
            new DomainError('CROSS_ORIGIN', t('common.errors.crossOrigin', { baseUrl: config.baseUrl }), 403),
          );
        }
        app.csrfProtection(request, reply, done);
      },
    );

    // Pages may contain personal details of professionals and fresh CSRF tokens, and other answers (a stored .eml
    // with a login link) secrets: never cache them. Static files set their own cache-control and keep it.
    app.addHook('onSend', (_request, reply, payload, done) => {
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html') || !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      done(null, payload);
    });
  },
  { name: 'security' },
);

/** The form's CSRF token: one string field `_csrf`; anything else (absent, repeated) is no token. */
function csrfTokenOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('_csrf' in body)) return undefined;
  return typeof body._csrf === 'string' ? body._csrf : undefined;
}
