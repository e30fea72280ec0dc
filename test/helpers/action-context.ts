// The ActionContext a route would pass, built from a test app: its config, its clock's reading and token source.
import type { ActionContext, Actor } from '../../src/shared/action.js';
import type { TestContext } from './test-app.js';

export function actionContext(ctx: TestContext, actor: Actor): ActionContext {
  return { config: ctx.config, now: ctx.clock.now(), actor, newToken: ctx.deps.newToken };
}
