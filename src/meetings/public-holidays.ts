// Dutch public holidays the planner avoids, computed per year and memoised in an object its owner creates.

export interface PublicHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly name: string;
}

export type PublicHolidayLookup = (year: number) => readonly PublicHoliday[];

const DAY_MS = 86_400_000;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher), in UTC milliseconds. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The days off to avoid in a year, in date order, with the Dutch names date-holidays (NL) gives them: its 'public'
 * days (Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst) and its 'school' days Goede Vrijdag and
 * Bevrijdingsdag, which are days off for many partners (Bevrijdingsdag every year for government staff, Goede Vrijdag
 * in several CAOs). Koningsdag moves to the 26th when the 27th of April is a Sunday (the rule since 2014).
 */
function holidaysOf(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string) => ({ date: isoDate(easter + days * DAY_MS), name });
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  const fixed = (month: number, day: number, name: string) => ({
    date: isoDate(Date.UTC(year, month - 1, day)),
    name,
  });
  return [
    fixed(1, 1, 'Nieuwjaar'),
    fromEaster(-2, 'Goede Vrijdag'),
    fromEaster(0, 'Pasen'),
    fromEaster(1, 'Tweede paasdag'),
    fixed(4, kingsDay, 'Koningsdag'),
    // Before Bevrijdingsdag: on the same day (2016), date-holidays lists Hemelvaart first.
    fromEaster(39, 'Hemelvaartsdag'),
    fixed(5, 5, 'Bevrijdingsdag'),
    fromEaster(49, 'Pinksteren'),
    fromEaster(50, 'Tweede pinksterdag'),
    fixed(12, 25, 'Kerstmis'),
    fixed(12, 26, 'Tweede kerstdag'),
  ].sort((x, y) => x.date.localeCompare(y.date)); // stable: same-day holidays keep the order above
}

/**
 * A lookup of the Dutch public holidays of a year to avoid; deterministic. Computed here rather than with
 * date-holidays, which with moment-timezone and its zone data took about 0.4 s of CPU and 26 MB of memory the first
 * time the planner asked, for eleven dates a year. Create one per owner (the planner plugin, a demo load, a test
 * file) and pass it to `planCandidates`; it keeps the years it computed.
 */
export function createPublicHolidays(): PublicHolidayLookup {
  const byYear = new Map<number, readonly PublicHoliday[]>();
  return (year) => {
    const known = byYear.get(year);
    if (known) return known;
    const list = holidaysOf(year);
    byYear.set(year, list);
    return list;
  };
}
