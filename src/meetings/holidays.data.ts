// School holidays of regio Noord (Dijk en Waard), 2025-2026 to 2027-2028; seeds the school_holidays table.
//
// Source: Rijksoverheid, "Schoolvakanties 2025-2026", "Schoolvakanties 2026-2027" and
// "Schoolvakanties 2027-2028", https://www.rijksoverheid.nl/onderwerpen/schoolvakanties (public
// information). Dates are inclusive: a holiday runs from its first Saturday to its last Sunday.
// Herfst and voorjaar are advisory dates: schools may take another week, which is why the
// coordinator can correct this table in the app and why the planner warns near advisory holidays.

export type HolidayKind = 'herfst' | 'kerst' | 'voorjaar' | 'mei' | 'zomer';

export const HOLIDAY_KINDS: readonly HolidayKind[] = ['herfst', 'kerst', 'voorjaar', 'mei', 'zomer'];

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

export const SCHOOL_HOLIDAYS_SOURCE = {
  region: 'Noord',
  name: 'Rijksoverheid, Schoolvakanties 2025-2026 / 2026-2027 / 2027-2028',
  url: 'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties',
} as const;

export const SCHOOL_HOLIDAYS_NOORD: readonly SchoolHoliday[] = [
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
