// Lookup fragments: a value of another table's row, by id, inside the caller's one query.
import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { lookup } from '../../src/db/lookup.js';
import { contacts, organisations, sessions } from '../../src/db/schema/index.js';

describe('lookup', () => {
  it('finds the value by primary key, decoded as its column, in a query of one table', () => {
    const { db, sqlite } = openDatabase(':memory:');
    sqlite.exec(`insert into organisations (name, kind, created_at) values ('Halt', 'core', '2026-01-01'),
      ('Basisschool De Linde', 'school', '2026-01-01')`);
    sqlite.exec(`insert into contacts (organisation_id, name, email, role, access, receives_invitations, created_at)
      values (2, 'Anna', 'anna@linde.example', '', 'member', 1, '2026-01-01'),
             (1, 'Bram', 'bram@halt.example', '', 'member', 0, '2026-01-01')`);
    const query = db
      .select({
        name: contacts.name,
        organisation: lookup(organisations.name, organisations.id, contacts.organisationId),
      })
      .from(contacts)
      .orderBy(asc(contacts.name));
    // Drizzle drops the table names of a one-table query's own columns; the subquery keeps them, so the outer
    // column cannot be taken for a column of the looked-up table.
    expect(query.toSQL().sql).toContain('"organisations"."id" = "contacts"."organisation_id"');
    expect(query.all()).toEqual([
      { name: 'Anna', organisation: 'Basisschool De Linde' },
      { name: 'Bram', organisation: 'Halt' },
    ]);
    sqlite.exec(`insert into sessions (id_hash, contact_id, created_at, last_seen_at, expires_at)
      values ('a', 1, '2026-01-01', '2026-01-01', '2027-01-01'), ('b', 2, '2026-01-01', '2026-01-01', '2027-01-01')`);
    const receives = db
      .select({ receives: lookup(contacts.receivesInvitations, contacts.id, sessions.contactId) })
      .from(sessions)
      .orderBy(asc(sessions.idHash))
      .all();
    expect(receives).toEqual([{ receives: true }, { receives: false }]);
    sqlite.close();
  });
});
