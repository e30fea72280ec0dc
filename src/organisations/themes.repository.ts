// Queries for the theme catalogue and the optional partners each theme brings in.
import { asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { lookup } from '../db/lookup.js';
import { inList, prepared } from '../db/prepared.js';
import { organisations, themePartners, themes } from '../db/schema/index.js';

export type Theme = typeof themes.$inferSelect;

/** A column of the theme `id` names, for another module's query (see `lookup`). */
export const themeOf = <K extends keyof Theme, TId extends SQLiteColumn | SQL>(field: K, id: TId) =>
  lookup(themes[field], themes.id, id);
export type ThemeInput = Pick<typeof themes.$inferInsert, 'name' | 'description'>;

const themeRows = prepared((db, variant: 'all' | 'active') =>
  db
    .select()
    .from(themes)
    .where(variant === 'all' ? undefined : isNull(themes.archivedAt))
    .orderBy(asc(themes.name))
    .prepare(),
);

const themeLinks = prepared((db) =>
  db
    .select({ themeId: themePartners.themeId, id: organisations.id, name: organisations.name })
    .from(themePartners)
    .innerJoin(organisations, eq(organisations.id, themePartners.organisationId))
    .orderBy(asc(organisations.name))
    .prepare(),
);

const partnersOf = prepared((db) =>
  db
    .select({ themeId: themePartners.themeId, organisationId: themePartners.organisationId })
    .from(themePartners)
    .where(inList(themePartners.themeId, 'themeIds'))
    .prepare(),
);

export function createThemesRepository(db: DbOrTx) {
  return {
    /** The themes (their partners are not archived), for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, themes)];
    },

    list(options: { includeArchived?: boolean } = {}) {
      const rows = themeRows(db, options.includeArchived ? 'all' : 'active').all();
      const links = themeLinks(db).all();
      return rows.map((theme) => ({
        ...theme,
        partners: links.filter((link) => link.themeId === theme.id).map(({ id, name }) => ({ id, name })),
      }));
    },

    find(id: number): Theme | null {
      return db.select().from(themes).where(eq(themes.id, id)).get() ?? null;
    },

    findByName(name: string): Theme | null {
      return db.select().from(themes).where(sql`lower(${themes.name}) = lower(${name})`).get() ?? null;
    },

    partnerIds(themeId: number): number[] {
      return db
        .select({ id: themePartners.organisationId })
        .from(themePartners)
        .where(eq(themePartners.themeId, themeId))
        .all()
        .map((row) => row.id);
    },

    /** Optional partners linked to any of the given themes. */
    partnersOfThemes(themeIds: number[]) {
      if (themeIds.length === 0) return [];
      return partnersOf(db).all({ themeIds: inList.values(themeIds) });
    },

    insert(input: ThemeInput, partnerIds: number[], now: string): number {
      const id = db
        .insert(themes)
        .values({ ...input, createdAt: now })
        .returning({ id: themes.id })
        .get().id;
      this.setPartners(id, partnerIds);
      return id;
    },

    update(id: number, input: ThemeInput, partnerIds: number[]) {
      db.update(themes).set(input).where(eq(themes.id, id)).run();
      this.setPartners(id, partnerIds);
    },

    setPartners(themeId: number, partnerIds: number[]) {
      db.delete(themePartners).where(eq(themePartners.themeId, themeId)).run();
      for (const organisationId of partnerIds)
        db.insert(themePartners).values({ themeId, organisationId }).run();
    },

    archive(id: number, now: string) {
      db.update(themes).set({ archivedAt: now }).where(eq(themes.id, id)).run();
    },

    restore(id: number) {
      db.update(themes).set({ archivedAt: null }).where(eq(themes.id, id)).run();
    },

    delete(id: number) {
      db.delete(themes).where(eq(themes.id, id)).run();
    },
  };
}
