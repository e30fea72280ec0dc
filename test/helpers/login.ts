// Logs an agent in through the real magic-link flow.
import { createLoginLink } from '../../src/auth/login-link.js';
import { Agent } from './agent.js';
import type { TestContext } from './test-app.js';

export async function loggedInAgent(ctx: TestContext, contactId: number): Promise<Agent> {
  const agent = new Agent(ctx.app);
  const link = createLoginLink(ctx.deps, ctx.config, contactId);
  const path = new URL(link).pathname;
  const page = await agent.get(path);
  if (page.statusCode !== 200) throw new Error(`login page answered ${page.statusCode}`);
  const done = await agent.post(path);
  if (done.statusCode !== 302) throw new Error(`login answered ${done.statusCode}: ${done.body.slice(0, 300)}`);
  return agent;
}
