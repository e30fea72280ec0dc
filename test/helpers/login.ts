// Logged-in agents: through the real magic-link flow, or with a session made directly in the database.
import { sessionExpiry } from '../../src/auth/auth.js';
import { createAuthRepository } from '../../src/auth/auth.repository.js';
import { createLoginLink } from '../../src/auth/login-link.js';
import { sessionCookieName } from '../../src/auth/session.plugin.js';
import { hashToken } from '../../src/auth/tokens.js';
import { Agent } from './agent.js';
import type { TestContext } from './test-app.js';

export async function loggedInAgent(ctx: TestContext, contactId: number): Promise<Agent> {
  const agent = new Agent(ctx.app);
  const link = createLoginLink(ctx.deps, ctx.config, contactId);
  const path = new URL(link).pathname;
  const page = await agent.get(path);
  if (page.statusCode !== 200) throw new Error(`login page answered ${page.statusCode}`);
  const done = await agent.post(path);
  if (done.statusCode !== 302)
    throw new Error(`login answered ${done.statusCode}: ${done.body.slice(0, 300)}`);
  return agent;
}

/**
 * An agent with a session created directly in the database: for tests that need many sessions, because the
 * login link routes are rate limited. Use `loggedInAgent` to test the login itself.
 */
export function sessionAgent(ctx: TestContext, contactId: number): Agent {
  const id = ctx.deps.newToken();
  const now = ctx.deps.now();
  createAuthRepository(ctx.deps.db).insertSession(
    hashToken(id),
    contactId,
    now.toISOString(),
    sessionExpiry(now, ctx.config.sessionMaxHours),
  );
  const agent = new Agent(ctx.app);
  agent.setCookie(sessionCookieName(ctx.config), id);
  return agent;
}
