// One-time notices after a redirect ("Organisatie opgeslagen"), carried in a short-lived signed cookie.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyRequest {
    flashMessage: string | null;
  }
  interface FastifyReply {
    flash(message: string): FastifyReply;
  }
}

export const flashPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    const cookie = {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: opts.config.secure,
      signed: true,
    };
    app.decorateRequest('flashMessage', null);
    app.decorateReply('flash', function (this: FastifyReply, message: string) {
      return this.setCookie('flash', message, { ...cookie, maxAge: 60 });
    });
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const raw = request.cookies.flash;
      if (!raw) return;
      const unsigned = request.unsignCookie(raw);
      request.flashMessage = unsigned.valid ? unsigned.value : null;
      reply.clearCookie('flash', cookie);
    });
  },
  { name: 'flash', dependencies: ['@fastify/cookie'] },
);
