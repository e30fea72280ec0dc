// Security headers (strict CSP, no inline script), forms and cookies, CSRF tokens, rate limits.
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

/** For token URLs and the login form: generous for people, tight for guessing. */
export const strictRateLimit = { max: 10, timeWindow: '15 minutes' };
export const tokenRateLimit = { max: 60, timeWindow: '15 minutes' };

export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    const { config } = opts;
    await app.register(fastifyHelmet, {
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
    });
    await app.register(fastifyCookie, { secret: config.sessionSecret });
    await app.register(fastifyFormbody);
    await app.register(fastifyCsrf, {
      cookieKey: config.secure ? '__Host-csrf' : 'csrf',
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secure, signed: true },
      getToken: (request: FastifyRequest) => (request.body as { _csrf?: string } | undefined)?._csrf,
    });
    await app.register(fastifyRateLimit, { global: false });

    // Every state-changing request carries the form's CSRF token.
    app.addHook(
      'preHandler',
      (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
        if (request.method === 'GET' || request.method === 'HEAD') return done();
        app.csrfProtection(request, reply, done);
      },
    );

    // Pages may contain personal details of professionals and fresh CSRF tokens, and other answers (a stored .eml
    // with a login link) secrets: never cache them. Static files set their own cache-control and keep it.
    app.addHook('onSend', async (_request, reply, payload) => {
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html') || !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'security' },
);
