// Server-side sessions: the cookie holds a random id, the database holds its hash and the timeouts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { csrfCookie } from '../http/security.plugin.js';
import type { SessionUser } from '../shared/session-user.js';
import { isSessionValid, sessionExpiry, shouldTouch } from './auth.js';
import { createAuthRepository } from './auth.repository.js';
import { hashToken } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionIdHash: string | null;
  }
  interface FastifyReply {
    /** Starts a new session (a new id, so an old cookie can never be promoted). */
    startSession(contactId: number): void;
    endSession(): void;
  }
}

export function sessionCookieName(config: Config): string {
  return config.secure ? '__Host-session' : 'session';
}

export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; deps: Deps }) => {
    const { config, deps } = opts;
    const cookieName = sessionCookieName(config);
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: config.secure,
    };
    const repo = createAuthRepository(deps.db);
    // A login or logout also drops the CSRF secret: the next page starts a new one for the new session.
    const csrf = csrfCookie(config);

    app.decorateRequest('user', null);
    app.decorateRequest('sessionIdHash', null);

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const cookie = request.cookies[cookieName];
      if (!cookie) return;
      const idHash = hashToken(cookie);
      const found = repo.findSessionUser(idHash);
      const now = deps.now();
      if (!found || !isSessionValid(found.session, now, { idleMinutes: config.sessionIdleMinutes })) {
        if (found) repo.deleteSession(idHash);
        reply.clearCookie(cookieName, cookieOptions);
        return;
      }
      if (shouldTouch(found.session, now)) repo.touchSession(idHash, now.toISOString());
      request.user = found.user;
      request.sessionIdHash = idHash;
    });

    app.decorateReply('startSession', function (this: FastifyReply, contactId: number) {
      const previous = this.request.sessionIdHash;
      if (previous) repo.deleteSession(previous);
      const id = deps.newToken();
      const now = deps.now();
      repo.insertSession(
        hashToken(id),
        contactId,
        now.toISOString(),
        sessionExpiry(now, config.sessionMaxHours),
      );
      this.setCookie(cookieName, id, { ...cookieOptions, maxAge: config.sessionMaxHours * 3600 });
      this.clearCookie(csrf.name, csrf.options);
    });

    app.decorateReply('endSession', function (this: FastifyReply) {
      const idHash = this.request.sessionIdHash;
      if (idHash) repo.deleteSession(idHash);
      this.clearCookie(cookieName, cookieOptions);
      this.clearCookie(csrf.name, csrf.options);
    });
  },
  { name: 'auth-session', dependencies: ['@fastify/cookie'] },
);
