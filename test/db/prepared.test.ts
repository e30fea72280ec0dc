// Prepared queries: built once per connection, shared by the database and its transactions, correct inside them.
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { inList, prepared } from '../../src/db/prepared.js';
import { organisations } from '../../src/db/schema/index.js';

const insert = (name: string) =>
  `insert into organisations (name, kind, created_at) values ('${name}', 'core', '2026-01-01')`;

describe('prepared queries', () => {
  it('builds a query once per connection, for the database and its transactions alike', () => {
    let builds = 0;
    const byName = prepared((db) => {
      builds += 1;
      return db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.name, sql.placeholder('name')))
        .prepare();
    });
    const first = openDatabase(':memory:');
    first.sqlite.exec(insert('Halt'));
    expect(byName(first.db).get({ name: 'Halt' })).toEqual({ id: 1 });
    first.db.transaction((tx) => expect(byName(tx)).toBe(byName(first.db)));
    expect(builds).toBe(1);
    const second = openDatabase(':memory:');
    expect(byName(second.db).get({ name: 'Halt' })).toBeUndefined();
    expect(builds).toBe(2);
    first.sqlite.close();
    second.sqlite.close();
  });

  it('sees the writes of the open transaction and not those rolled back', () => {
    const names = prepared((db) =>
      db.select({ name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).prepare(),
    );
    const { db, sqlite } = openDatabase(':memory:');
    expect(() =>
      db.transaction((tx) => {
        tx.insert(organisations).values({ name: 'MET', kind: 'core', createdAt: '2026-01-01' }).run();
        expect(names(tx).all()).toEqual([{ name: 'MET' }]);
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    expect(names(db).all()).toEqual([]);
    sqlite.close();
  });

  it('builds each variant once and binds a list of any length as one placeholder', () => {
    const variants: string[] = [];
    const named = prepared((db, variant: 'all' | 'some') => {
      variants.push(variant);
      return db
        .select({ name: organisations.name })
        .from(organisations)
        .where(variant === 'all' ? undefined : inList(organisations.name, 'names'))
        .orderBy(asc(organisations.name))
        .prepare();
    });
    const { db, sqlite } = openDatabase(':memory:');
    sqlite.exec(insert('Halt'));
    sqlite.exec(insert('MET'));
    sqlite.exec(insert('Politie'));
    expect(named(db, 'some').all({ names: inList.values(['MET', 'Politie']) })).toEqual([
      { name: 'MET' },
      { name: 'Politie' },
    ]);
    expect(named(db, 'some').all({ names: inList.values([]) })).toEqual([]);
    expect(named(db, 'all').all()).toHaveLength(3);
    expect(named(db, 'some').all({ names: inList.values(['Halt']) })).toEqual([{ name: 'Halt' }]);
    expect(variants).toEqual(['some', 'all']);
    sqlite.close();
  });
});
