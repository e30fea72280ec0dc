// The ActionContext a route hands to an action: the app's config, one clock reading for the request, the logged-in
// contact as actor (or nobody, for token links), and the token source.
import type { FastifyRequest } from 'fastify';
import type { ActionContext, Actor } from '../shared/action.js';
import { requireUser } from './access.js';
import type { ModuleOptions } from './module.js';

/** The context of a request by a logged-in user. */
export function actionContext(
  request: FastifyRequest,
  opts: ModuleOptions,
): ActionContext & { actor: { contactId: number } } {
  const actor = { contactId: requireUser(request).contactId };
  return { ...contextOf(opts, actor), actor };
}

/** The context of a change by `actor`, or by nobody logged in (a token link) when it is null. */
export function contextOf(opts: ModuleOptions, actor: Actor = null): ActionContext {
  return {
    config: opts.config,
    now: opts.deps.now(),
    actor: actor && { contactId: actor.contactId },
    newToken: opts.deps.newToken,
  };
}
