// Queries for the school holidays per region, which the planner reads; seeded from the shipped tables.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { prepared } from '../db/prepared.js';
import { type HolidayKind, type HolidayRegion, holidayRegions, schoolHolidays } from '../db/schema/index.js';
import { SCHOOL_HOLIDAYS, type SchoolHoliday } from './holidays.data.js';
import type { HolidayValues } from './holidays.js';

export type SchoolHolidayRow = typeof schoolHolidays.$inferSelect;

const ofRegion = prepared((db) =>
  db
    .select()
    .from(schoolHolidays)
    .where(eq(schoolHolidays.region, sql.placeholder('region')))
    .orderBy(asc(schoolHolidays.startDate))
    .prepare(),
);

export function createHolidaysRepository(db: DbOrTx) {
  return {
    list(region: HolidayRegion): SchoolHolidayRow[] {
      return ofRegion(db).all({ region });
    },

    /** One region's table as the planner takes it. */
    forPlanner(region: HolidayRegion): SchoolHoliday[] {
      return this.list(region).map(({ schoolYear, kind, startDate, endDate, advisory }) => ({
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

    findByYearAndKind(region: HolidayRegion, schoolYear: string, kind: HolidayKind): SchoolHolidayRow | null {
      return (
        db
          .select()
          .from(schoolHolidays)
          .where(
            and(
              eq(schoolHolidays.region, region),
              eq(schoolHolidays.schoolYear, schoolYear),
              eq(schoolHolidays.kind, kind),
            ),
          )
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

    count(region: HolidayRegion): number {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(schoolHolidays)
          .where(eq(schoolHolidays.region, region))
          .get()?.n ?? 0
      );
    },
  };
}

/**
 * Loads the shipped table of each region whose part of school_holidays is empty. Only then: once the coordinator has
 * corrected, added or removed a holiday of a region, their table is the truth and is never overwritten. An
 * installation from before regions existed has only regio Noord's rows, and gets Midden and Zuid added.
 * Returns how many holidays were added.
 */
export function seedSchoolHolidays(db: DbOrTx, now: Date): number {
  const repo = createHolidaysRepository(db);
  let added = 0;
  for (const region of holidayRegions) {
    if (repo.count(region) > 0) continue;
    for (const holiday of SCHOOL_HOLIDAYS[region]) repo.insert({ ...holiday, region }, now);
    added += SCHOOL_HOLIDAYS[region].length;
  }
  return added;
}

/** Whether a stored holiday differs from the shipped table (so the page can say "aangepast"); null if not shipped. */
export function differsFromSource(
  row: Pick<SchoolHolidayRow, 'region' | 'schoolYear' | 'kind' | 'startDate' | 'endDate'>,
): boolean | null {
  const shipped = SCHOOL_HOLIDAYS[row.region].find(
    (h) => h.schoolYear === row.schoolYear && h.kind === row.kind,
  );
  if (!shipped) return null;
  return shipped.startDate !== row.startDate || shipped.endDate !== row.endDate;
}
