// Queries for organisations: schools, core partners and optional partners.
import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { lookup } from '../db/lookup.js';
import { prepared } from '../db/prepared.js';
import { contacts, type OrganisationKind, organisations, themePartners } from '../db/schema/index.js';

export type Organisation = typeof organisations.$inferSelect;

/** A column of the organisation `id` names, for another module's query (see `lookup`). */
export const organisationOf = <K extends keyof Organisation, TId extends SQLiteColumn | SQL>(
  field: K,
  id: TId,
) => lookup(organisations[field], organisations.id, id);
export type OrganisationInput = Pick<typeof organisations.$inferInsert, 'name' | 'kind' | 'place'>;

const listed = prepared((db, variant: 'all' | 'active') =>
  db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      place: organisations.place,
      archivedAt: organisations.archivedAt,
      contactCount: count(contacts.id),
    })
    .from(organisations)
    .leftJoin(contacts, and(eq(contacts.organisationId, organisations.id), isNull(contacts.archivedAt)))
    .groupBy(organisations.id)
    .where(variant === 'all' ? undefined : isNull(organisations.archivedAt))
    .orderBy(asc(organisations.kind), asc(organisations.name))
    .prepare(),
);

export function createOrganisationsRepository(db: DbOrTx) {
  return {
    /** The organisations, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, organisations)];
    },

    list(options: { includeArchived?: boolean } = {}) {
      return listed(db, options.includeArchived ? 'all' : 'active').all();
    },

    listByKind(kind: OrganisationKind) {
      return db
        .select()
        .from(organisations)
        .where(and(eq(organisations.kind, kind), isNull(organisations.archivedAt)))
        .orderBy(asc(organisations.name))
        .all();
    },

    find(id: number): Organisation | null {
      return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
    },

    findByName(name: string): Organisation | null {
      return (
        db.select().from(organisations).where(sql`lower(${organisations.name}) = lower(${name})`).get() ??
        null
      );
    },

    insert(input: OrganisationInput, now: string): number {
      return db
        .insert(organisations)
        .values({ ...input, createdAt: now })
        .returning({ id: organisations.id })
        .get().id;
    },

    update(id: number, input: OrganisationInput) {
      db.update(organisations).set(input).where(eq(organisations.id, id)).run();
    },

    archive(id: number, now: string) {
      db.update(organisations).set({ archivedAt: now }).where(eq(organisations.id, id)).run();
    },

    restore(id: number) {
      db.update(organisations).set({ archivedAt: null }).where(eq(organisations.id, id)).run();
    },

    /** What of this module still refers to an organisation (see `OrganisationUse` for the other modules' part). */
    references(id: number) {
      const count = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;
      return {
        contacts: count(
          db.select({ n: sql<number>`count(*)` }).from(contacts).where(eq(contacts.organisationId, id)),
        ),
        themes: count(
          db
            .select({ n: sql<number>`count(*)` })
            .from(themePartners)
            .where(eq(themePartners.organisationId, id)),
        ),
      };
    },

    /** Deletes an organisation nothing refers to (see `references`); its feed links go first (the calendar's). */
    delete(id: number) {
      db.delete(organisations).where(eq(organisations.id, id)).run();
    },

    /** Names for the privacy guard's allow-list. */
    allNames(): string[] {
      return db
        .select({ name: organisations.name })
        .from(organisations)
        .all()
        .map((row) => row.name);
    },
  };
}
