// Dutch public holidays the planner avoids, from date-holidays, memoised per year in an object its owner creates.
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

export interface PublicHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly name: string;
}

export type PublicHolidayLookup = (year: number) => readonly PublicHoliday[];

/**
 * date-holidays (NL) marks Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren and Kerst as
 * 'public', and Goede Vrijdag and Bevrijdingsdag as 'school'. Both of those are days off for many
 * partners (Bevrijdingsdag every year for government staff, Goede Vrijdag in several CAOs), so the
 * planner avoids them every year. 'observance' (Dodenherdenking, Sinterklaas, …) and 'bank'
 * (Oudejaarsdag, always inside the kerstvakantie) are ignored.
 */
const AVOIDED_TYPES: ReadonlySet<string> = new Set(['public', 'school']);
// date-holidays (with moment-timezone and its zone data) takes about 0.4 s of CPU to load: it is loaded when a
// lookup is first asked for a year rather than at every start-up, which has to stay under a second.
const requireLazily = createRequire(import.meta.url);

/**
 * A lookup of the Dutch public holidays of a year to avoid, with Dutch names; deterministic. Setting up the
 * calendar costs about 20 ms and each year about 1 ms, so the lookup keeps both: create one per owner (the planner
 * plugin, a demo load, a test file) and pass it to `planCandidates`.
 */
export function createPublicHolidays(): PublicHolidayLookup {
  let calendar: Holidays | undefined;
  const byYear = new Map<number, readonly PublicHoliday[]>();
  return (year) => {
    const known = byYear.get(year);
    if (known) return known;
    calendar ??= new (requireLazily('date-holidays') as typeof Holidays)('NL');
    const list = calendar
      .getHolidays(year, 'nl')
      .filter((h) => AVOIDED_TYPES.has(h.type))
      // `date` is 'YYYY-MM-DD hh:mm:ss' in the country's own zone, independent of the process zone.
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
    byYear.set(year, list);
    return list;
  };
}
