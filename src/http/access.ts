// One access rule per route, enforced in one hook: who may use which URL.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { t } from '../locale/index.js';
import type { SessionUser } from '../shared/session-user.js';

/**
 * - `public`: anyone, also anonymous (health check, static files, token pages, info pages).
 * - `guest`: login pages; a logged-in user is sent to the dashboard.
 * - `member`: any logged-in contact (school, partner or coordinator); per-organisation checks live in the handler.
 * - `coordinator`: the gemeente coordinator only.
 */
export const accessRules = ['public', 'guest', 'member', 'coordinator'] as const;
export type Access = (typeof accessRules)[number];

/** One registered route and its rule; the route walk test requests each of them as every role. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
  /** The route's body schema, so a test can check every form field has a maximum length. */
  body: unknown;
  /** Whether the page is kept per viewer (see `keepPage`), so a test can open each such page. */
  keepPage: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route registered after the access plugin, filled by its onRoute hook. */
    routeTable: RouteEntry[];
  }
}

export class MissingAccessRuleError extends Error {
  readonly code = 'MISSING_ACCESS_RULE';
}

/** What a role gets for a rule; exported so the route walk test states the same table. */
export function decide(
  access: Access,
  role: 'anonymous' | 'member' | 'coordinator',
): 'allow' | 'login' | 'forbidden' | 'home' {
  switch (access) {
    case 'public':
      return 'allow';
    case 'guest':
      return role === 'anonymous' ? 'allow' : 'home';
    case 'member':
      return role === 'anonymous' ? 'login' : 'allow';
    case 'coordinator':
      if (role === 'anonymous') return 'login';
      return role === 'coordinator' ? 'allow' : 'forbidden';
  }
}

async function enforce(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const access = request.routeOptions.config.access;
  // Routes without a rule cannot be registered (see onRoute); this covers fastify's own 404 route.
  if (!access) return;
  const role = request.user ? request.user.role : 'anonymous';
  const outcome = decide(access, role);
  if (outcome === 'allow') return;
  if (outcome === 'home') return reply.redirect('/');
  if (outcome === 'login') {
    if (request.method !== 'GET') return reply.redirect('/login');
    const next = encodeURIComponent(request.url);
    return reply.redirect(`/login?next=${next}`);
  }
  // A hook only stops the request by sending the reply: returning the rendered page would let the handler run.
  const page = await reply.code(403).viewAsync('error', {
    title: t('common.errors.forbiddenTitle'),
    message: t('common.errors.forbidden'),
  });
  return reply.send(page);
}

export const accessPlugin = fp(
  async (app: FastifyInstance) => {
    const routeTable: RouteEntry[] = [];
    app.decorate('routeTable', routeTable);
    app.addHook('onRoute', (route) => {
      if (route.method === 'HEAD') return;
      const access = (route.config as { access?: Access } | undefined)?.access;
      if (!access || !accessRules.includes(access)) {
        throw new MissingAccessRuleError(`Route ${String(route.method)} ${route.url} has no access rule`);
      }
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods)
        if (method !== 'HEAD')
          routeTable.push({
            method,
            url: route.url,
            access,
            body: route.schema?.body,
            keepPage: route.config?.keepPage === true,
          });
    });
    app.addHook('onRequest', enforce);
  },
  { name: 'access', dependencies: ['auth-session', 'view'] },
);

/** The logged-in user of a route whose rule is `member` or `coordinator` (the hook guarantees one). */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user)
    throw new Error(`No user on ${request.url}: the route's access rule should have stopped this`);
  return request.user;
}
