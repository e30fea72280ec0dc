// Kept pages (`keepPage` on a route): rendered once per viewer and URL and then sent again until the content version
// or the minute changes. A kept page must never show something old, something of another viewer, or someone else's
// CSRF token; and it may only read the content tables, never the bookkeeping ones (sessions, outbox, audit log), whose
// changes do not renew it.
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOOKKEEPING_TABLES } from '../../src/db/data-version.js';
import { loadDemo } from '../../src/demo/demo.js';
import { DEMO_COORDINATOR_EMAIL } from '../../src/demo/demo-data.js';
import { aWorld } from '../helpers/builders.js';
import { sessionAgent } from '../helpers/login.js';
import { aMeeting } from '../helpers/meeting-builders.js';
import { buildTestApp, useTestApp } from '../helpers/test-app.js';

/** The SQL of every statement run while `watching`, apart from the session lookup that every request makes. */
const ran: string[] = [];
let watching = false;

const prepare = Database.prototype.prepare;
beforeAll(() => {
  // Deep enough to see the session plugin below drizzle and better-sqlite3.
  Error.stackTraceLimit = 50;
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    for (const method of ['get', 'all', 'run', 'iterate'] as const) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value(...args: unknown[]) {
          if (watching && !new Error().stack?.includes('session.plugin')) ran.push(source);
          return original.apply(statement, args);
        },
      });
    }
    return statement;
  } as typeof Database.prototype.prepare;
});
afterAll(() => {
  Database.prototype.prepare = prepare;
});
afterEach(() => {
  watching = false;
  ran.length = 0;
});

/** What the handler of a request ran: nothing but the content version when the page came from the keep. */
async function statementsOf<T>(request: () => Promise<T>): Promise<{ answer: T; statements: string[] }> {
  ran.length = 0;
  watching = true;
  const answer = await request();
  watching = false;
  return { answer, statements: [...ran] };
}

/** Whether a page came from the keep: only the content version was read (and the settings, which every layout shows). */
const fromKeep = (statements: string[]) =>
  statements.includes('select version from content_version') &&
  statements.every(
    (source) => source === 'select version from content_version' || /from "settings"/.test(source),
  );
const withoutTokens = (body: string) => body.replaceAll(/name="_csrf" value="[^"]*"/g, '');

describe('kept pages', () => {
  const { ctx, world } = useTestApp();

  it('sends a page again without rendering it, the same but for the CSRF token', async () => {
    const meeting = aMeeting(ctx.deps.db, { title: 'Overleg voorjaar' });
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const first = await statementsOf(() => coordinator.get(`/meetings/${meeting.id}`));
    expect(fromKeep(first.statements)).toBe(false);
    const second = await statementsOf(() => coordinator.get(`/meetings/${meeting.id}`));
    expect(fromKeep(second.statements)).toBe(true);
    expect(second.answer.statusCode).toBe(200);
    expect(second.answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(second.answer.headers['content-length'])).toBe(Buffer.byteLength(second.answer.body));
    expect(withoutTokens(second.answer.body)).toBe(withoutTokens(first.answer.body));
    expect(second.answer.body).toContain('<title>Overleg voorjaar – ');
  });

  it('keeps the annual report with its shared block in it', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const first = await coordinator.get('/insight/report');
    const second = await statementsOf(() => coordinator.get('/insight/report'));
    expect(fromKeep(second.statements)).toBe(true);
    expect(withoutTokens(second.answer.body)).toBe(withoutTokens(first.body));
    expect(second.answer.body).toContain('<h2');
    expect(second.answer.body).not.toContain('<!--kept-->');
    expect(Number(second.answer.headers['content-length'])).toBe(Buffer.byteLength(second.answer.body));
  });

  it('shows a change made through the app, through a second connection and by the clock at once', async () => {
    const meeting = aMeeting(ctx.deps.db, { title: 'Overleg voorjaar' });
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const path = `/meetings/${meeting.id}`;
    await coordinator.get(path);
    await coordinator.get(path);

    ctx.deps.db.$client.prepare("update meetings set title = 'Overleg herfst' where id = ?").run(meeting.id);
    expect((await coordinator.get(path)).body).toContain('Overleg herfst');

    const cli = new Database(ctx.config.databaseFile);
    cli.prepare("update meetings set title = 'Overleg winter' where id = ?").run(meeting.id);
    cli.close();
    expect((await coordinator.get(path)).body).toContain('Overleg winter');

    const again = await statementsOf(() => coordinator.get(path));
    expect(fromKeep(again.statements)).toBe(true);
    ctx.clock.advance(60_000);
    const aMinuteLater = await statementsOf(() => coordinator.get(path));
    expect(fromKeep(aMinuteLater.statements)).toBe(false);
  });

  it('is not renewed by a session touch, a mail in the outbox or an audit line', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get('/meetings');
    const connection = ctx.deps.db.$client;
    // Seen two minutes ago: the next request touches the session, as it does once a minute.
    const twoMinutesAgo = new Date(ctx.clock.now().getTime() - 120_000).toISOString();
    connection.prepare('update sessions set last_seen_at = ?').run(twoMinutesAgo);
    connection.prepare('delete from outbox').run();
    connection.prepare('delete from audit_log').run();
    const again = await statementsOf(() => coordinator.get('/meetings'));
    expect(fromKeep(again.statements)).toBe(true);
    const touched = connection.prepare('select last_seen_at from sessions').pluck().all();
    expect(touched).toContain(ctx.clock.now().toISOString());
  });

  it('gives each viewer their own page, and each session its own working token', async () => {
    const coordinator = sessionAgent(ctx, world.coordinator.id);
    const member = sessionAgent(ctx, world.schoolMember.id);
    const ofCoordinator = await coordinator.get('/');
    const ofMember = await member.get('/');
    expect(ofCoordinator.body).toContain('href="/admin"');
    expect(ofMember.body).not.toContain('href="/admin"');
    expect(withoutTokens(ofMember.body)).not.toBe(withoutTokens(ofCoordinator.body));

    // A concept: its page has a form of its own ("Plannen"), besides the logout form in the layout.
    const meeting = aMeeting(ctx.deps.db, { title: 'Overleg voorjaar', status: 'concept' });
    const first = sessionAgent(ctx, world.coordinator.id);
    const second = sessionAgent(ctx, world.coordinator.id);
    await first.get(`/meetings/${meeting.id}`);
    const kept = await statementsOf(() => second.get(`/meetings/${meeting.id}`));
    expect(fromKeep(kept.statements)).toBe(true);
    expect(first.csrfToken).not.toBe(second.csrfToken);
    expect(kept.answer.body).toContain(`action="/meetings/${meeting.id}/plan"`);
    expect(kept.answer.body.split(`name="_csrf" value="${second.csrfToken}"`)).toHaveLength(3);
    expect(kept.answer.body).not.toContain(first.csrfToken as string);
    expect((await second.post('/logout')).statusCode).toBe(302);
  });

  it('keeps no page that was refused, and shows a notice once on a kept page', async () => {
    const member = sessionAgent(ctx, world.schoolMember.id);
    for (let round = 0; round < 2; round++)
      expect((await member.get('/meetings/999999')).statusCode).toBe(404);

    const coordinator = sessionAgent(ctx, world.coordinator.id);
    await coordinator.get('/organisations');
    await coordinator.get('/organisations/new');
    const created = await coordinator.post('/organisations', { name: 'Nieuw College', kind: 'school' });
    expect(created.statusCode).toBe(302);
    await coordinator.get('/organisations');
    const first = await coordinator.get('/organisations');
    expect(first.body).toContain('Nieuw College');
    await coordinator.get('/organisations/new');
    const second = await coordinator.post('/organisations', { name: 'Ander College', kind: 'school' });
    const shown = await coordinator.get(second.headers.location as string);
    expect(shown.body).toContain('Ander College is toegevoegd.');
    expect((await coordinator.get(second.headers.location as string)).body).not.toContain(
      'Ander College is toegevoegd.',
    );
  });
});

describe('with KEEP_PAGES off', () => {
  it('renders every page for every request', async () => {
    const ctx = await buildTestApp({ env: { KEEP_PAGES: 'false' } });
    try {
      const world = aWorld(ctx.deps.db);
      const coordinator = sessionAgent(ctx, world.coordinator.id);
      await coordinator.get('/meetings');
      expect(fromKeep((await statementsOf(() => coordinator.get('/meetings'))).statements)).toBe(false);
    } finally {
      await ctx.close();
    }
  });
});

describe('every kept page', () => {
  it('reads only content tables, as coordinator and as school', async () => {
    const ctx = await buildTestApp({ start: '2026-11-20T09:00:00.000Z' });
    try {
      loadDemo(ctx.deps, ctx.config);
      const connection = ctx.deps.db.$client;
      const idOf = (query: string, ...params: unknown[]) =>
        (connection.prepare(query).get(...params) as { id: number }).id;
      // A record for each kind of path parameter: the first path segment names its table.
      const ids: Record<string, number> = {
        meetings: idOf("select id from meetings where status = 'gepland' order by starts_at limit 1"),
        organisations: idOf("select id from organisations where kind = 'school' order by id limit 1"),
        agreements: idOf('select id from agreements order by id limit 1'),
      };
      const kept = ctx.app.routeTable.filter((route) => route.keepPage);
      expect(kept.map((route) => route.url)).toContain('/meetings/:id');
      const viewers = [
        idOf('select id from contacts where email = ?', DEMO_COORDINATOR_EMAIL),
        idOf('select id from contacts where email = ?', 'directie@polderlicht.example'),
      ];
      const bookkeeping = new RegExp(`\\b(${BOOKKEEPING_TABLES.join('|')})\\b`);
      const read: string[] = [];
      for (const contactId of viewers) {
        const agent = sessionAgent(ctx, contactId);
        for (const route of kept) {
          const table = route.url.split('/')[1] ?? '';
          const path = route.url.replace(':id', String(ids[table]));
          expect(path).not.toMatch(/:|undefined/);
          const { answer, statements } = await statementsOf(() => agent.get(path));
          // A school may be refused a coordinator's page or someone else's agreement; the coordinator sees them all.
          expect(contactId === viewers[0] ? [200] : [200, 403, 404]).toContain(answer.statusCode);
          read.push(...statements.filter((source) => bookkeeping.test(source)).map((s) => `${path}: ${s}`));
        }
      }
      expect(read).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
