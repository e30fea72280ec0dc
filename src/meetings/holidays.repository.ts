// Queries for the school holidays of regio Noord, which the planner reads; seeded from the shipped table.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { type HolidayKind, schoolHolidays } from '../db/schema/index.js';
import { SCHOOL_HOLIDAYS_NOORD, type SchoolHoliday } from './holidays.data.js';
import type { HolidayValues } from './holidays.js';

export type SchoolHolidayRow = typeof schoolHolidays.$inferSelect;

export function createHolidaysRepository(db: DbOrTx) {
  return {
    list(): SchoolHolidayRow[] {
      return db.select().from(schoolHolidays).orderBy(asc(schoolHolidays.startDate)).all();
    },

    /** The table as the planner takes it. */
    forPlanner(): SchoolHoliday[] {
      return this.list().map(({ schoolYear, kind, startDate, endDate, advisory }) => ({
        schoolYear,
        kind,
        startDate,
        endDate,
        advisory,
      }));
    },

    find(id: number): SchoolHolidayRow | null {
      return db.select().from(schoolHolidays).where(eq(schoolHolidays.id, id)).get() ?? null;
    },

    findByYearAndKind(schoolYear: string, kind: HolidayKind): SchoolHolidayRow | null {
      return (
        db
          .select()
          .from(schoolHolidays)
          .where(and(eq(schoolHolidays.schoolYear, schoolYear), eq(schoolHolidays.kind, kind)))
          .get() ?? null
      );
    },

    insert(values: HolidayValues, now: Date): number {
      return db
        .insert(schoolHolidays)
        .values({ ...values, updatedAt: now.toISOString() })
        .returning({ id: schoolHolidays.id })
        .get().id;
    },

    update(id: number, values: HolidayValues, now: Date) {
      db.update(schoolHolidays)
        .set({ ...values, updatedAt: now.toISOString() })
        .where(eq(schoolHolidays.id, id))
        .run();
    },

    delete(id: number) {
      db.delete(schoolHolidays).where(eq(schoolHolidays.id, id)).run();
    },

    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(schoolHolidays).get()?.n ?? 0;
    },
  };
}

/**
 * Loads the shipped regio Noord table into an empty school_holidays table. Only when it is empty: once the
 * coordinator has corrected, added or removed a holiday, their table is the truth and is never overwritten.
 * Returns how many holidays were added.
 */
export function seedSchoolHolidays(db: DbOrTx, now: Date): number {
  const repo = createHolidaysRepository(db);
  if (repo.count() > 0) return 0;
  for (const holiday of SCHOOL_HOLIDAYS_NOORD) repo.insert(holiday, now);
  return SCHOOL_HOLIDAYS_NOORD.length;
}

/** Whether a stored holiday differs from the shipped Rijksoverheid table (so the page can say "aangepast"). */
export function differsFromSource(
  row: Pick<SchoolHolidayRow, 'schoolYear' | 'kind' | 'startDate' | 'endDate'>,
): boolean | null {
  const shipped = SCHOOL_HOLIDAYS_NOORD.find((h) => h.schoolYear === row.schoolYear && h.kind === row.kind);
  if (!shipped) return null;
  return shipped.startDate !== row.startDate || shipped.endDate !== row.endDate;
}
