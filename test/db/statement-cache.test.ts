// The connection's statement cache: each SQL text is compiled once, and no result mode leaks from one caller to the next.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { organisations } from '../../src/db/schema/index.js';

describe('the statement cache', () => {
  it('hands out the same compiled statement for the same SQL', () => {
    const { sqlite } = openDatabase(':memory:');
    const first = sqlite.prepare('select count(*) as n from organisations');
    expect(sqlite.prepare('select count(*) as n from organisations')).toBe(first);
    expect(sqlite.prepare('select count(*) as n from themes')).not.toBe(first);
    sqlite.close();
  });

  it('gives every caller objects again after another caller asked for arrays or single values', () => {
    const { sqlite } = openDatabase(':memory:');
    sqlite.exec("insert into organisations (name, kind, created_at) values ('Halt', 'core', '2026-01-01')");
    const query = 'select name, kind from organisations';
    expect(sqlite.prepare(query).raw().get()).toEqual(['Halt', 'core']);
    expect(sqlite.prepare(query).get()).toEqual({ name: 'Halt', kind: 'core' });
    expect(sqlite.prepare(query).pluck().get()).toBe('Halt');
    expect(sqlite.prepare(query).get()).toEqual({ name: 'Halt', kind: 'core' });
    sqlite.close();
  });

  it('compiles a fresh statement for a caller while the cached one is still iterating', () => {
    const { sqlite } = openDatabase(':memory:');
    sqlite.exec(
      "insert into organisations (name, kind, created_at) values ('Halt', 'core', '2026-01-01'), ('MET', 'core', '2026-01-01')",
    );
    const query = 'select name from organisations order by name';
    const names: string[] = [];
    for (const row of sqlite.prepare(query).iterate() as Iterable<{ name: string }>) {
      names.push(row.name, ...(sqlite.prepare(query).all() as { name: string }[]).map((inner) => inner.name));
    }
    expect(names).toEqual(['Halt', 'Halt', 'MET', 'MET', 'Halt', 'MET']);
    sqlite.close();
  });

  it('serves drizzle queries with and without mapped fields from the same connection', () => {
    const { db, sqlite } = openDatabase(':memory:');
    db.insert(organisations).values({ name: 'Brijder', kind: 'optional', createdAt: '2026-01-01' }).run();
    for (let round = 0; round < 3; round++) {
      expect(
        db
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.kind, 'optional'))
          .get(),
      ).toEqual({ name: 'Brijder' });
      expect(db.all('select name from organisations')).toEqual([{ name: 'Brijder' }]);
    }
    sqlite.close();
  });
});
