// The content version (src/db/data-version.ts) is what keeps a kept page honest: every table a page may show raises
// it on every insert, update and delete; the bookkeeping tables do not. A new table without its triggers fails here.
import { describe, expect, it } from 'vitest';
import { BOOKKEEPING_TABLES, contentVersion } from '../../src/db/data-version.js';
import { useTestApp } from '../helpers/test-app.js';

const { ctx, sql } = useTestApp();

/** Tables SQLite and drizzle keep for themselves, and the version's own table. */
const INTERNAL = ['sqlite_sequence', '__drizzle_migrations', 'content_version'];

describe('the content version', () => {
  it('has an insert, update and delete trigger on every table but the bookkeeping ones', () => {
    const tables = sql<{ name: string }>("select name from sqlite_master where type = 'table'").map(
      (t) => t.name,
    );
    const triggers = sql<{ table: string; sql: string }>(
      'select tbl_name as "table", sql from sqlite_master where type = \'trigger\'',
    );
    const missing: string[] = [];
    for (const table of tables.filter((name) => !INTERNAL.includes(name))) {
      const own = triggers.filter((trigger) => trigger.table === table);
      const expected = (BOOKKEEPING_TABLES as readonly string[]).includes(table)
        ? []
        : ['INSERT', 'UPDATE', 'DELETE'];
      const found = expected.filter((event) =>
        own.some(
          (trigger) =>
            trigger.sql.includes(`AFTER ${event} ON \`${table}\``) &&
            trigger.sql.includes('UPDATE `content_version` SET `version` = `version` + 1'),
        ),
      );
      if (found.length !== expected.length || own.length !== expected.length)
        missing.push(`${table}: ${own.length} triggers, expected ${expected.join(', ') || 'none'}`);
    }
    expect(tables).toContain('topics');
    expect(missing).toEqual([]);
  });

  it('rises with every insert and update of a table pages show', () => {
    const db = ctx.deps.db.$client;
    const before = contentVersion(ctx.deps.db);
    db.prepare("insert into themes (name, description, created_at) values ('Vapes', '', '2026-03-02')").run();
    const afterInsert = contentVersion(ctx.deps.db);
    expect(afterInsert).toBeGreaterThan(before);
    db.prepare("update themes set description = 'Vapen op school' where name = 'Vapes'").run();
    expect(contentVersion(ctx.deps.db)).toBeGreaterThan(afterInsert);
  });
});
