// The demo's meetings: two held, one ahead with an open topic deadline, and an open date poll for the one after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { buildTestApp, type TestContext } from '../helpers/test-app.js';

let ctx: TestContext;

beforeEach(async () => {
  ctx = await buildTestApp({ start: '2026-08-24T08:00:00.000Z' });
});
afterEach(async () => ctx.close());

const sql = <T>(query: string, ...params: unknown[]) =>
  ctx.deps.db.$client.prepare(query).all(...params) as T[];
const meetings = () =>
  sql<{ status: string; starts_at: string; topic_deadline: string }>(
    'select status, starts_at, topic_deadline from meetings order by starts_at',
  );

describe('cli demo', () => {
  it('adds two held meetings half a year apart, one planned meeting ahead and a poll for the one after', () => {
    loadDemo(ctx.deps, ctx.config);
    const now = ctx.clock.now().toISOString();
    const [first, second, next] = meetings();
    expect(meetings()).toHaveLength(3);
    expect([first?.status, second?.status, next?.status]).toEqual(['gehouden', 'gehouden', 'gepland']);
    expect(second?.starts_at && second.starts_at < now).toBe(true);
    // Far enough ahead that schools can still send in topics.
    expect(next?.topic_deadline && next.topic_deadline > now).toBe(true);

    const polls = sql<{ id: number; status: string; closes_at: string }>(
      'select id, status, closes_at from date_polls',
    );
    expect(polls).toHaveLength(1);
    expect(polls[0]?.status).toBe('open');
    const options = sql<{ starts_at: string }>('select starts_at from date_poll_options order by starts_at');
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.length).toBeLessThanOrEqual(6);
    expect(options.every((o) => next && o.starts_at > next.starts_at)).toBe(true);
    expect(polls[0]?.closes_at && polls[0].closes_at < (options[0]?.starts_at ?? '')).toBe(true);

    // Schools and core partners are asked (not the coordinator, not optional partners); some already answered.
    const participants = sql<{ kind: string; email: string; responded_at: string | null }>(
      `select o.kind, c.email, p.responded_at from date_poll_participants p
       join contacts c on c.id = p.contact_id join organisations o on o.id = c.organisation_id`,
    );
    expect(participants.every((p) => p.kind === 'school' || p.kind === 'core')).toBe(true);
    expect(participants.map((p) => p.email)).not.toContain('coordinator@dijkenwaard.example');
    expect(participants.filter((p) => p.responded_at).length).toBeGreaterThan(0);
    expect(participants.filter((p) => !p.responded_at).length).toBeGreaterThan(0);
    // With the embedded mail folder, every participant gets the mail with a personal link.
    expect(sql("select * from outbox where purpose like 'poll:%'")).toHaveLength(participants.length);
  });

  it('gives the held meetings minutes and agreements: some open, some overdue, some done, one reported done', () => {
    loadDemo(ctx.deps, ctx.config);
    const minutes = sql<{ status: string }>(
      'select m.status from minutes m join meetings g on g.id = m.meeting_id order by g.starts_at',
    );
    expect(minutes.map((row) => row.status)).toEqual(['vastgesteld', 'vastgesteld', 'concept', 'concept']);
    const statuses = sql<{ status: string; n: number }>(
      'select status, count(*) as n from agreements group by status order by status',
    );
    expect(statuses).toEqual([
      { status: 'afgerond', n: 2 },
      { status: 'open', n: 4 },
      { status: 'vervallen', n: 1 },
    ]);
    const today = '2026-08-24';
    expect(sql("select * from agreements where status = 'open' and due_date < ?", today)).toHaveLength(1);
    expect(sql('select * from agreements where reported_done_at is not null')).toHaveLength(1);
    expect(sql('select * from agreement_notes')).toHaveLength(1);
  });

  it('can run again without adding anything', () => {
    loadDemo(ctx.deps, ctx.config);
    loadDemo(ctx.deps, ctx.config);
    expect(meetings()).toHaveLength(3);
    expect(sql('select * from date_polls')).toHaveLength(1);
    expect(sql('select * from agreements')).toHaveLength(7);
  });
});
