// Statements are prepared once (src/db/prepared.ts) and then only run: a page that builds and prepares a query on
// every request pays for it on every view. Every page of the bench, rendered a second time, prepares nothing (with
// KEEP_PAGES off, so the second time is rendered too instead of sent from the keep).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { sessionAgent } from '../helpers/login.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

let ctx: TestContext;
/** The SQL of each statement prepared since the last reset. */
const preparedNow: string[] = [];

beforeAll(async () => {
  ctx = await buildTestApp({ start: '2026-11-20T09:00:00.000Z', env: { KEEP_PAGES: 'false' } });
  loadDemo(ctx.deps, ctx.config);
  const connection = ctx.deps.db.$client;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => {
    preparedNow.push(source);
    return prepare(source);
  }) as typeof connection.prepare;
});
afterAll(async () => ctx.close());

const idOf = (query: string, ...params: unknown[]) =>
  (ctx.deps.db.$client.prepare(query).get(...params) as { id: number }).id;

describe('prepared statements', () => {
  it('are not prepared again when a page is opened a second time', async () => {
    const meeting = idOf("select id from meetings where status = 'gepland' order by starts_at limit 1");
    const pages = [
      '/',
      '/meetings',
      `/meetings/${meeting}`,
      `/meetings/${meeting}/agenda`,
      `/meetings/${meeting}/topics`,
      '/topics',
      '/planner',
      '/organisations',
      '/agreements',
      '/insight',
      '/insight/report',
    ];
    const users = {
      coordinator: idOf('select id from contacts where email = ?', DEMO_COORDINATOR_EMAIL),
      school: idOf('select id from contacts where email = ?', 'directie@polderlicht.example'),
    };
    const again: string[] = [];
    for (const [role, contactId] of Object.entries(users)) {
      const agent = sessionAgent(ctx, contactId);
      for (const page of pages) {
        const first = await agent.get(page);
        // A member is refused the coordinator's pages; that answer, too, prepares nothing the second time.
        expect([200, 403]).toContain(first.statusCode);
        preparedNow.length = 0;
        await agent.get(page);
        again.push(...preparedNow.map((source) => `${role} ${page}: ${source.slice(0, 80)}`));
      }
    }
    expect(again).toEqual([]);
  });
});
