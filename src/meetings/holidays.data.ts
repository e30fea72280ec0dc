// School holidays of the three regions (noord, midden, zuid) for the school years the app ships; seeds the
// school_holidays table. Each region's source is written next to its data below.
//
// Dates are inclusive: a holiday runs from its first Saturday to its last Sunday. Herfst and voorjaar are advisory
// dates: schools may take another week, which is why the coordinator can correct this table in the app and why the
// planner warns near advisory holidays. Only whole school years are shipped: a year with some holidays missing would
// make the planner believe it knows the whole year (it joins consecutive years) and propose dates in the missing
// holidays without a warning. A year that is left out makes the planner warn that the period has no data.

import type { HolidayKind, HolidayRegion } from '../db/schema/index.js';

// The kinds are the schema's `holidayKinds`: one definition.
export type { HolidayKind, HolidayRegion } from '../db/schema/index.js';

export interface SchoolHoliday {
  /** e.g. '2025-2026' */
  readonly schoolYear: string;
  readonly kind: HolidayKind;
  /** YYYY-MM-DD, first day off */
  readonly startDate: string;
  /** YYYY-MM-DD, last day off (inclusive) */
  readonly endDate: string;
  /** true when the Rijksoverheid date is advice and schools may choose another week */
  readonly advisory: boolean;
}

export interface HolidaySource {
  readonly name: string;
  readonly url: string;
  /** School years between the shipped ones that are left out (see the header), named on the holidays page. */
  readonly missingYears?: readonly string[];
}

const RIJKSOVERHEID_2027_2028 =
  'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028';

export const SCHOOL_HOLIDAYS_SOURCES: Readonly<Record<HolidayRegion, HolidaySource>> = {
  noord: {
    name: 'Rijksoverheid, Schoolvakanties 2025-2026 / 2026-2027 / 2027-2028',
    url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties',
  },
  midden: {
    name: 'Rijksoverheid, Overzicht schoolvakanties 2027-2028; OpenHolidays API (ODbL) voor 2025-2026',
    url: RIJKSOVERHEID_2027_2028,
    missingYears: ['2026-2027'],
  },
  zuid: {
    name: 'Rijksoverheid, Overzicht schoolvakanties 2027-2028; OpenHolidays API (ODbL) voor 2025-2026',
    url: RIJKSOVERHEID_2027_2028,
    missingYears: ['2026-2027'],
  },
};

const NOORD: readonly SchoolHoliday[] = [
  { schoolYear: '2025-2026', kind: 'herfst', startDate: '2025-10-18', endDate: '2025-10-26', advisory: true },
  { schoolYear: '2025-2026', kind: 'kerst', startDate: '2025-12-20', endDate: '2026-01-04', advisory: false },
  {
    schoolYear: '2025-2026',
    kind: 'voorjaar',
    startDate: '2026-02-21',
    endDate: '2026-03-01',
    advisory: true,
  },
  { schoolYear: '2025-2026', kind: 'mei', startDate: '2026-04-25', endDate: '2026-05-03', advisory: false },
  { schoolYear: '2025-2026', kind: 'zomer', startDate: '2026-07-04', endDate: '2026-08-16', advisory: false },

  { schoolYear: '2026-2027', kind: 'herfst', startDate: '2026-10-10', endDate: '2026-10-18', advisory: true },
  { schoolYear: '2026-2027', kind: 'kerst', startDate: '2026-12-19', endDate: '2027-01-03', advisory: false },
  {
    schoolYear: '2026-2027',
    kind: 'voorjaar',
    startDate: '2027-02-20',
    endDate: '2027-02-28',
    advisory: true,
  },
  { schoolYear: '2026-2027', kind: 'mei', startDate: '2027-04-24', endDate: '2027-05-02', advisory: false },
  { schoolYear: '2026-2027', kind: 'zomer', startDate: '2027-07-10', endDate: '2027-08-22', advisory: false },

  { schoolYear: '2027-2028', kind: 'herfst', startDate: '2027-10-16', endDate: '2027-10-24', advisory: true },
  { schoolYear: '2027-2028', kind: 'kerst', startDate: '2027-12-25', endDate: '2028-01-09', advisory: false },
  {
    schoolYear: '2027-2028',
    kind: 'voorjaar',
    startDate: '2028-02-19',
    endDate: '2028-02-27',
    advisory: true,
  },
  { schoolYear: '2027-2028', kind: 'mei', startDate: '2028-04-29', endDate: '2028-05-07', advisory: false },
  { schoolYear: '2027-2028', kind: 'zomer', startDate: '2028-07-15', endDate: '2028-08-27', advisory: false },
];

// Regio Midden. 2025-2026: OpenHolidays API (openholidaysapi.org, ODbL), as in the project's design reference; the
// zomervakantie (18 jul – 30 aug 2026) matches the published calendar of a regio Midden school (edumarevpr.nl).
// 2026-2027: not shipped: only the kerst- and meivakantie could be confirmed, see the header.
// 2027-2028: Rijksoverheid, "Overzicht schoolvakanties 2027-2028" (RIJKSOVERHEID_2027_2028), checked.
const MIDDEN: readonly SchoolHoliday[] = [
  { schoolYear: '2025-2026', kind: 'herfst', startDate: '2025-10-18', endDate: '2025-10-26', advisory: true },
  { schoolYear: '2025-2026', kind: 'kerst', startDate: '2025-12-20', endDate: '2026-01-04', advisory: false },
  {
    schoolYear: '2025-2026',
    kind: 'voorjaar',
    startDate: '2026-02-14',
    endDate: '2026-02-22',
    advisory: true,
  },
  { schoolYear: '2025-2026', kind: 'mei', startDate: '2026-04-25', endDate: '2026-05-03', advisory: false },
  { schoolYear: '2025-2026', kind: 'zomer', startDate: '2026-07-18', endDate: '2026-08-30', advisory: false },

  { schoolYear: '2027-2028', kind: 'herfst', startDate: '2027-10-16', endDate: '2027-10-24', advisory: true },
  { schoolYear: '2027-2028', kind: 'kerst', startDate: '2027-12-25', endDate: '2028-01-09', advisory: false },
  {
    schoolYear: '2027-2028',
    kind: 'voorjaar',
    startDate: '2028-02-26',
    endDate: '2028-03-05',
    advisory: true,
  },
  { schoolYear: '2027-2028', kind: 'mei', startDate: '2028-04-29', endDate: '2028-05-07', advisory: false },
  { schoolYear: '2027-2028', kind: 'zomer', startDate: '2028-07-08', endDate: '2028-08-20', advisory: false },
];

// Regio Zuid. 2025-2026: OpenHolidays API (ODbL), as in the project's design reference; the zomervakantie
// (11 jul – 23 aug 2026, where one open data set says 17 jul) matches the published calendar of a regio Zuid school
// (gbbenjamin.nl: 11 juli t/m 23 augustus 2026). 2026-2027: not shipped, as for Midden.
// 2027-2028: Rijksoverheid, "Overzicht schoolvakanties 2027-2028", checked.
const ZUID: readonly SchoolHoliday[] = [
  { schoolYear: '2025-2026', kind: 'herfst', startDate: '2025-10-11', endDate: '2025-10-19', advisory: true },
  { schoolYear: '2025-2026', kind: 'kerst', startDate: '2025-12-20', endDate: '2026-01-04', advisory: false },
  {
    schoolYear: '2025-2026',
    kind: 'voorjaar',
    startDate: '2026-02-14',
    endDate: '2026-02-22',
    advisory: true,
  },
  { schoolYear: '2025-2026', kind: 'mei', startDate: '2026-04-25', endDate: '2026-05-03', advisory: false },
  { schoolYear: '2025-2026', kind: 'zomer', startDate: '2026-07-11', endDate: '2026-08-23', advisory: false },

  { schoolYear: '2027-2028', kind: 'herfst', startDate: '2027-10-23', endDate: '2027-10-31', advisory: true },
  { schoolYear: '2027-2028', kind: 'kerst', startDate: '2027-12-25', endDate: '2028-01-09', advisory: false },
  {
    schoolYear: '2027-2028',
    kind: 'voorjaar',
    startDate: '2028-02-26',
    endDate: '2028-03-05',
    advisory: true,
  },
  { schoolYear: '2027-2028', kind: 'mei', startDate: '2028-04-29', endDate: '2028-05-07', advisory: false },
  { schoolYear: '2027-2028', kind: 'zomer', startDate: '2028-07-22', endDate: '2028-09-03', advisory: false },
];

/** The shipped table per region. */
export const SCHOOL_HOLIDAYS: Readonly<Record<HolidayRegion, readonly SchoolHoliday[]>> = {
  noord: NOORD,
  midden: MIDDEN,
  zuid: ZUID,
};
