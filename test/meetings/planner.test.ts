// Tests of the date planner against the regio Noord table 2025–2028, public holidays and the DST changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS, type SchoolHoliday } from '../../src/meetings/holidays.data.js';
import { type Candidate, PlannerInputError } from '../../src/meetings/planner.js';
import { zonedInstant, zonedRange } from '../../src/shared/dates.js';
import { dutchPublicHolidays, type PlanOptions, planCandidates } from '../helpers/planner.js';

const holidays = SCHOOL_HOLIDAYS.noord;
const dates = (candidates: readonly Candidate[]) => candidates.map((c) => c.date);
const weekdayOf = (ymd: string) => new Date(`${ymd}T12:00:00Z`).getUTCDay() || 7;
const addDays = (ymd: string, days: number) =>
  new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const inSchoolHoliday = (ymd: string) => holidays.some((h) => ymd >= h.startDate && ymd <= h.endDate);
const publicHolidayDates = new Set(
  [2025, 2026, 2027, 2028, 2029].flatMap((y) => dutchPublicHolidays(y).map((h) => h.date)),
);

describe('regio Noord holiday data', () => {
  it('has the five holidays of each school year 2025-2026 to 2027-2028, Saturday to Sunday', () => {
    expect(holidays).toHaveLength(15);
    for (const year of ['2025-2026', '2026-2027', '2027-2028']) {
      expect(holidays.filter((h) => h.schoolYear === year).map((h) => h.kind)).toEqual([
        'herfst',
        'kerst',
        'voorjaar',
        'mei',
        'zomer',
      ]);
    }
    for (const h of holidays) {
      expect([h.startDate, weekdayOf(h.startDate)]).toEqual([h.startDate, 6]);
      expect([h.endDate, weekdayOf(h.endDate)]).toEqual([h.endDate, 7]);
    }
  });

  it('marks only herfst and voorjaar as advisory', () => {
    expect(holidays.filter((h) => h.advisory).map((h) => h.kind)).toEqual([
      'herfst',
      'voorjaar',
      'herfst',
      'voorjaar',
      'herfst',
      'voorjaar',
    ]);
  });
});

describe('dutchPublicHolidays', () => {
  it('includes Goede Vrijdag and Bevrijdingsdag every year, not only in lustrum years', () => {
    const names = (year: number) => new Map(dutchPublicHolidays(year).map((h) => [h.date, h.name]));
    expect(names(2026).get('2026-04-03')).toBe('Goede Vrijdag');
    expect(names(2026).get('2026-05-05')).toBe('Bevrijdingsdag');
    expect(names(2027).get('2027-03-26')).toBe('Goede Vrijdag');
    expect(names(2027).get('2027-05-05')).toBe('Bevrijdingsdag');
    expect(names(2027).get('2027-05-06')).toBe('Hemelvaartsdag');
    expect(names(2026).get('2026-04-27')).toBe('Koningsdag');
    expect(names(2027).get('2027-05-17')).toBe('Tweede pinksterdag');
  });

  it('leaves out observances such as Dodenherdenking and Sinterklaasavond', () => {
    const days = dutchPublicHolidays(2026).map((h) => h.date);
    expect(days).not.toContain('2026-05-04');
    expect(days).not.toContain('2026-12-05');
  });
});

describe('planCandidates: exclusions', () => {
  it('never proposes a school holiday, a public holiday, an unwanted weekday or a date within four weeks', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2025-06-01', n));
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: -400, max: 0 }), { nil: undefined }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        (today, previousOffset, weekdays) => {
          const previous =
            previousOffset === undefined ? null : `${addDays(today, previousOffset)}T13:00:00Z`;
          const plan = planCandidates({
            now: `${today}T09:00:00Z`,
            previousMeetingStart: previous,
            holidays,
            weekdays,
            count: 1000,
          });
          for (const c of plan.candidates) {
            if (c.covered) expect(inSchoolHoliday(c.date), c.date).toBe(false);
            expect(publicHolidayDates.has(c.date), c.date).toBe(false);
            expect(weekdays).toContain(weekdayOf(c.date));
            expect(c.date >= addDays(today, 28), c.date).toBe(true);
            expect(c.date >= plan.window.from && c.date <= plan.window.to).toBe(true);
          }
        },
      ),
      { numRuns: 150, seed: 20260329 },
    );
  });

  it('checks every weekday of every half-year the table covers', () => {
    const halfYears = [
      { year: 2026, half: 1 },
      { year: 2026, half: 2 },
      { year: 2027, half: 1 },
      { year: 2027, half: 2 },
      { year: 2028, half: 1 },
    ] as const;
    for (const halfYear of halfYears) {
      const plan = planCandidates({
        now: '2025-11-01T12:00:00Z',
        halfYear,
        holidays,
        weekdays: [1, 2, 3, 4, 5],
        windowDays: 200,
        count: 1000,
      });
      expect(plan.warnings).toEqual([]);
      expect(plan.candidates.length).toBeGreaterThan(60);
      for (const c of plan.candidates) {
        expect(inSchoolHoliday(c.date), c.date).toBe(false);
        expect(publicHolidayDates.has(c.date), c.date).toBe(false);
        expect(c.covered).toBe(true);
      }
    }
  });

  it('skips Goede Vrijdag, Bevrijdingsdag and Hemelvaartsdag by name', () => {
    const plan = planCandidates({
      now: '2026-01-05T12:00:00Z',
      halfYear: { year: 2026, half: 1 },
      holidays,
      weekdays: [2, 4, 5],
      windowDays: 60,
    });
    expect(plan.skipped).toContainEqual({
      date: '2026-04-03',
      code: 'public-holiday',
      text: 'Goede Vrijdag',
    });
    expect(plan.skipped).toContainEqual({
      date: '2026-05-05',
      code: 'public-holiday',
      text: 'Bevrijdingsdag',
    });
    expect(plan.skipped).toContainEqual({
      date: '2026-05-14',
      code: 'public-holiday',
      text: 'Hemelvaartsdag',
    });
    expect(dates(plan.candidates)).not.toContain('2026-04-03');
  });

  it('skips the first three school days after a long holiday, not counting public holidays', () => {
    // Meivakantie 2027 ends on Sunday 2 May; Wednesday 5 May (Bevrijdingsdag) and Thursday 6 May
    // (Hemelvaartsdag) are no school days, so the third school day is Friday 7 May.
    const plan = planCandidates({
      now: '2027-01-10T12:00:00Z',
      previousMeetingStart: '2026-11-10T14:00:00Z',
      holidays,
      weekdays: [1, 2, 3, 4, 5],
      count: 5,
    });
    const settling = plan.skipped.filter((s) => s.code === 'settling');
    expect(settling).toEqual([
      { date: '2027-05-03', code: 'settling', text: 'een van de eerste 3 schooldagen na de meivakantie' },
      { date: '2027-05-04', code: 'settling', text: 'een van de eerste 3 schooldagen na de meivakantie' },
      { date: '2027-05-07', code: 'settling', text: 'een van de eerste 3 schooldagen na de meivakantie' },
    ]);
    expect(dates(plan.candidates)).toEqual([
      '2027-05-10',
      '2027-05-11',
      '2027-05-12',
      '2027-05-13',
      '2027-05-14',
    ]);
  });

  it('lets the first school days after the zomervakantie through when settleDays is 0', () => {
    const base: PlanOptions = {
      now: '2026-03-01T12:00:00Z',
      halfYear: { year: 2026, half: 2 },
      holidays,
      windowDays: 45,
      count: 100,
    };
    // Zomervakantie 2026 ends on Sunday 16 August.
    expect(dates(planCandidates(base).candidates)).not.toContain('2026-08-18');
    expect(dates(planCandidates(base).candidates)).toContain('2026-08-20');
    expect(dates(planCandidates({ ...base, settleDays: 0 }).candidates)).toContain('2026-08-18');
  });
});

describe('planCandidates: target and ordering', () => {
  it('ranks by distance from six months after the previous meeting, the earlier date first on a tie', () => {
    const plan = planCandidates({
      now: '2026-04-20T10:00:00Z',
      previousMeetingStart: '2026-04-14T13:00:00Z',
      holidays,
    });
    expect(plan.target).toBe('2026-10-14');
    expect(plan.basis).toBe('previous');
    expect(plan.halfYear).toEqual({ year: 2026, half: 2 });
    expect(plan.window).toEqual({ from: '2026-09-02', to: '2026-11-25' });
    // 14 October lies in the herfstvakantie (10–18 October); 20 and 21 October are settling days.
    expect(dates(plan.candidates)).toEqual([
      '2026-10-08',
      '2026-10-07',
      '2026-10-06',
      '2026-10-22',
      '2026-10-01',
      '2026-10-27',
      '2026-09-30',
      '2026-10-28',
      '2026-09-29',
      '2026-10-29',
    ]);
    expect(plan.candidates.map((c) => c.distanceDays)).toEqual([-6, -7, -8, 8, -13, 13, -14, 14, -15, 15]);
    expect(plan.warnings).toEqual([]);
  });

  it('targets the middle of the next half-year when there is no previous meeting', () => {
    expect(planCandidates({ now: '2026-01-15T09:00:00Z', holidays }).target).toBe('2026-10-01');
    const winter = planCandidates({ now: '2026-08-01T09:00:00Z', holidays });
    expect(winter.target).toBe('2027-04-01');
    expect(winter.halfYear).toEqual({ year: 2027, half: 1 });
    expect(winter.basis).toBe('halfYear');
  });

  it('looks across the half-year boundary around six months after the last meeting, but not into the summer holiday', () => {
    const plan = planCandidates({
      now: '2027-01-10T09:00:00Z',
      previousMeetingStart: '2027-01-07T14:00:00Z',
      holidays,
      count: 100,
    });
    expect(plan.target).toBe('2027-07-07');
    expect(plan.window.from).toBe('2027-05-26');
    expect(plan.candidates.some((c) => c.date.startsWith('2027-06'))).toBe(true);
    expect(plan.candidates.every((c) => c.date < '2027-07-10' || c.date > '2027-08-22')).toBe(true);
  });

  it('ranks the last school week before the zomervakantie after every ordinary school week, and says why', () => {
    // Six months after 12 January 2027 is 12 July 2027; the zomervakantie starts on Saturday 10 July.
    const plan = planCandidates({
      now: '2026-11-30T09:00:00Z',
      previousMeetingStart: '2027-01-12T14:00:00Z',
      holidays,
      count: 100,
    });
    const lastWeek = plan.candidates.filter((c) => c.date >= '2027-07-05' && c.date <= '2027-07-09');
    expect(dates(lastWeek)).toEqual(['2027-07-08', '2027-07-07', '2027-07-06']);
    expect(lastWeek.every((c) => c.lastWeekBeforeSummer)).toBe(true);
    expect(lastWeek[0]?.cautions).toContain(
      'De laatste schoolweek voor de zomervakantie: scholen sluiten dan het jaar af. Daarom staat deze datum achter de gewone schoolweken.',
    );
    // Closer to the target, but after every date of an ordinary week; the week before (1 July) leads.
    expect(plan.candidates[0]?.date).toBe('2027-07-01');
    expect(dates(plan.candidates.slice(-3))).toEqual(['2027-07-08', '2027-07-07', '2027-07-06']);
    // Other holidays keep their last week in the ranking by distance: the week before the herfstvakantie.
    const autumn = planCandidates({
      now: '2026-04-20T10:00:00Z',
      previousMeetingStart: '2026-04-14T13:00:00Z',
      holidays,
    });
    expect(autumn.candidates[0]?.date).toBe('2026-10-08');
    expect(autumn.candidates[0]?.lastWeekBeforeSummer).toBe(false);
  });

  it('keeps an explicitly chosen half-year to its own months', () => {
    const plan = planCandidates({
      now: '2026-07-01T09:00:00Z',
      previousMeetingStart: '2026-06-24T13:00:00Z',
      halfYear: { year: 2026, half: 2 },
      holidays,
      count: 100,
    });
    expect(plan.target).toBe('2026-12-24');
    expect(plan.window.to).toBe('2026-12-31');
    expect(plan.candidates.every((c) => c.date < '2026-12-19')).toBe(true);
  });

  it('uses the current Amsterdam date of now, not the UTC date', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam: the next half-year is then July–December.
    const plan = planCandidates({ now: '2025-12-31T23:30:00Z', holidays });
    expect(plan.halfYear).toEqual({ year: 2026, half: 2 });
  });

  it('offers the first possible dates, with a warning, when six months after the last meeting has passed', () => {
    const plan = planCandidates({
      now: '2026-05-01T09:00:00Z',
      previousMeetingStart: '2025-10-01T13:00:00Z',
      holidays,
    });
    expect(plan.warnings).toEqual([
      'Zes maanden na het vorige overleg (woensdag 1 april 2026) is al voorbij of te dichtbij. Dit zijn de eerste geschikte data vanaf vrijdag 29 mei 2026.',
    ]);
    expect(plan.candidates[0]?.date).toBe('2026-06-02');
    expect(plan.candidates.every((c) => c.date >= '2026-05-29')).toBe(true);
  });
});

describe('planCandidates: reasons and nearby holidays', () => {
  it('explains a date six months after the previous meeting in Dutch', () => {
    const plan = planCandidates({
      now: '2026-06-01T09:00:00Z',
      previousMeetingStart: '2026-05-12T13:00:00Z',
      holidays,
    });
    expect(plan.candidates[0]).toEqual({
      date: '2026-11-12',
      startsAt: '2026-11-12T14:00:00.000Z',
      endsAt: '2026-11-12T16:00:00.000Z',
      distanceDays: 0,
      covered: true,
      reasons: [
        'donderdag, een van de gekozen overlegdagen',
        'precies zes maanden na het vorige overleg',
        'geen schoolvakantie (regio Noord) en geen feestdag',
      ],
      timing: 'precies zes maanden na het vorige overleg',
      lastWeekBeforeSummer: false,
      near: ['in de vierde week na de herfstvakantie'],
      cautions: [],
    });
    const later = plan.candidates.find((c) => c.date === '2026-11-17');
    expect(later?.reasons[1]).toBe('ongeveer zes maanden na het vorige overleg (5 dagen later)');
    const earlier = plan.candidates.find((c) => c.date === '2026-11-11');
    expect(earlier?.reasons[1]).toBe('ongeveer zes maanden na het vorige overleg (1 dag eerder)');
  });

  it('names the school week relative to the nearest holidays and warns near an advisory holiday', () => {
    const plan = planCandidates({
      now: '2026-04-20T10:00:00Z',
      previousMeetingStart: '2026-04-14T13:00:00Z',
      holidays,
      count: 100,
    });
    const byDate = new Map(plan.candidates.map((c) => [c.date, c]));
    expect(byDate.get('2026-10-08')?.near).toEqual(['in de laatste week voor de herfstvakantie']);
    expect(byDate.get('2026-10-08')?.cautions).toEqual([
      'De herfstvakantie is een advies: sommige scholen nemen een week eerder of later vrij. Controleer of alle scholen dan open zijn.',
    ]);
    expect(byDate.get('2026-10-01')?.near).toEqual(['twee weken voor de herfstvakantie']);
    expect(byDate.get('2026-10-01')?.cautions).toEqual([]);
    expect(byDate.get('2026-10-22')?.near).toEqual(['in de eerste week na de herfstvakantie']);
    expect(byDate.get('2026-10-29')?.near).toEqual(['in de tweede week na de herfstvakantie']);
    expect(byDate.get('2026-11-25')?.near).toEqual(['vier weken voor de kerstvakantie']);
    expect(byDate.get('2026-09-10')?.near).toEqual(['in de vierde week na de zomervakantie']);
    // 30 days before the herfstvakantie is too far away to mention.
    expect(byDate.get('2026-09-10')?.near).toHaveLength(1);
  });

  it('mentions an adjacent public holiday', () => {
    const plan = planCandidates({ now: '2026-08-01T09:00:00Z', holidays });
    const tuesdayAfterEaster = plan.candidates.find((c) => c.date === '2027-03-30');
    expect(tuesdayAfterEaster?.near).toEqual(['vier weken voor de meivakantie', 'de dag na Tweede paasdag']);
  });

  it('explains a date relative to the middle of the half-year when there is no previous meeting', () => {
    const plan = planCandidates({ now: '2026-01-15T09:00:00Z', holidays });
    expect(plan.candidates[0]?.reasons).toEqual([
      'donderdag, een van de gekozen overlegdagen',
      'precies in het midden van het tweede halfjaar van 2026',
      'geen schoolvakantie (regio Noord) en geen feestdag',
    ]);
    expect(plan.candidates[1]?.reasons[1]).toBe(
      '1 dag voor het midden van het tweede halfjaar van 2026 (donderdag 1 oktober 2026)',
    );
  });
});

describe('planCandidates: outside the holiday data', () => {
  it('warns when the data ends inside the window and flags the uncovered candidates', () => {
    const plan = planCandidates({ now: '2028-03-01T12:00:00Z', holidays });
    expect(plan.window).toEqual({ from: '2028-08-20', to: '2028-11-12' });
    expect(plan.coverage).toEqual([{ from: '2025-10-18', to: '2028-08-27' }]);
    expect(plan.warnings).toEqual([
      'De vakantiegegevens lopen tot en met zondag 27 augustus 2028; controleer de schoolvakanties vanaf maandag 28 augustus 2028 zelf (rijksoverheid.nl/onderwerpen/schoolvakanties) of voeg ze toe.',
    ]);
    expect(plan.candidates).toHaveLength(10);
    const first = plan.candidates[0];
    expect(first?.covered).toBe(false);
    expect(first?.reasons[2]).toBe('geen feestdag');
    expect(first?.cautions).toContain(
      'Voor deze datum zijn geen schoolvakanties bekend. Controleer zelf of het geen vakantie is.',
    );
  });

  it('still avoids public holidays where it knows no school holidays', () => {
    const plan = planCandidates({
      now: '2029-01-02T12:00:00Z',
      halfYear: { year: 2029, half: 1 },
      holidays,
      weekdays: [1, 4, 5],
      count: 100,
    });
    expect(plan.warnings[0]).toMatch(/^De vakantiegegevens lopen tot en met zondag 27 augustus 2028;/);
    expect(plan.candidates.length).toBeGreaterThan(20);
    expect(plan.candidates.every((c) => !c.covered)).toBe(true);
    // Goede Vrijdag 30 March, Tweede paasdag 2 April, Hemelvaartsdag 10 May 2029.
    for (const day of ['2029-03-30', '2029-04-02', '2029-05-10']) {
      expect(dates(plan.candidates)).not.toContain(day);
      expect(plan.skipped.map((s) => s.date)).toContain(day);
    }
  });

  it('warns about the weeks before the data starts', () => {
    const plan = planCandidates({
      now: '2025-06-01T12:00:00Z',
      halfYear: { year: 2025, half: 2 },
      holidays,
    });
    expect(plan.warnings).toEqual([
      'De vakantiegegevens beginnen pas op zaterdag 18 oktober 2025; controleer de schoolvakanties tot en met vrijdag 17 oktober 2025 zelf (rijksoverheid.nl/onderwerpen/schoolvakanties).',
    ]);
  });

  it('warns about a missing school year in the middle', () => {
    const withoutMiddle = holidays.filter((h) => h.schoolYear !== '2026-2027');
    const plan = planCandidates({ now: '2026-08-01T09:00:00Z', holidays: withoutMiddle });
    expect(plan.coverage).toEqual([
      { from: '2025-10-18', to: '2026-08-16' },
      { from: '2027-10-16', to: '2028-08-27' },
    ]);
    expect(plan.warnings).toEqual([
      'Van donderdag 18 februari 2027 tot en met donderdag 13 mei 2027 ontbreken vakantiegegevens; controleer de schoolvakanties in die periode zelf.',
    ]);
    expect(plan.candidates.every((c) => !c.covered)).toBe(true);
  });

  it('says so when there is no holiday data at all', () => {
    const plan = planCandidates({ now: '2026-08-01T09:00:00Z', holidays: [] });
    expect(plan.warnings).toEqual([
      'Er zijn geen schoolvakanties ingevoerd, dus alleen feestdagen zijn uitgesloten. Voeg de schoolvakanties toe of controleer ze zelf op rijksoverheid.nl/onderwerpen/schoolvakanties.',
    ]);
    expect(plan.candidates).toHaveLength(10);
  });

  it('uses a corrected table: a school that moved its herfstvakantie', () => {
    const moved: SchoolHoliday[] = holidays.map((h) =>
      h.schoolYear === '2026-2027' && h.kind === 'herfst'
        ? { ...h, startDate: '2026-10-17', endDate: '2026-10-25' }
        : h,
    );
    const plan = planCandidates({
      now: '2026-04-20T10:00:00Z',
      previousMeetingStart: '2026-04-14T13:00:00Z',
      holidays: moved,
    });
    expect(plan.candidates[0]?.date).toBe('2026-10-14');
    expect(dates(plan.candidates)).not.toContain('2026-10-20');
  });
});

describe('planCandidates: input errors', () => {
  const base: PlanOptions = { now: '2026-01-15T09:00:00Z', holidays };
  const codeOf = (options: PlanOptions) => {
    try {
      planCandidates(options);
      return 'no error';
    } catch (error) {
      return error instanceof PlannerInputError ? error.code : String(error);
    }
  };

  it('refuses impossible weekdays, times and dates with a stable code', () => {
    expect(codeOf({ ...base, weekdays: [] })).toBe('invalid-weekdays');
    expect(codeOf({ ...base, weekdays: [0] })).toBe('invalid-weekdays');
    expect(codeOf({ ...base, startTime: '25:00' })).toBe('invalid-time');
    expect(codeOf({ ...base, startTime: '17:00', endTime: '15:00' })).toBe('end-before-start');
    expect(codeOf({ ...base, now: 'gisteren' })).toBe('invalid-now');
    expect(codeOf({ ...base, previousMeetingStart: '2026-13-01' })).toBe('invalid-previous');
    expect(
      codeOf({ ...base, holidays: [{ ...(holidays[0] as SchoolHoliday), endDate: '2025-02-30' }] }),
    ).toBe('invalid-holiday');
  });

  it('gives a Dutch message a form can show', () => {
    expect(() => planCandidates({ ...base, startTime: '17:00', endTime: '15:00' })).toThrow(
      'De eindtijd moet na de begintijd liggen.',
    );
  });
});

describe('daylight saving time (2026-03-29, 2026-10-25, 2027-03-28, 2027-10-31)', () => {
  it('refuses a time in the spring gap with a clear message', () => {
    expect(zonedRange('2026-03-29', '02:30', '04:00')).toEqual({
      ok: false,
      error: 'nonexistent',
      message:
        'Deze tijd bestaat niet: op zondag 29 maart 2026 gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    });
    expect(zonedInstant('2027-03-28', '02:00')).toEqual({
      ok: false,
      error: 'nonexistent',
      message:
        'Deze tijd bestaat niet: op zondag 28 maart 2027 gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    });
    expect(zonedRange('2026-03-29', '01:00', '02:59')).toMatchObject({ ok: false, error: 'nonexistent' });
  });

  it('accepts the minutes on both sides of the spring gap', () => {
    expect(zonedInstant('2026-03-29', '01:59')).toEqual({ ok: true, iso: '2026-03-29T00:59:00.000Z' });
    expect(zonedInstant('2026-03-29', '03:00')).toEqual({ ok: true, iso: '2026-03-29T01:00:00.000Z' });
    // 01:00 to 04:00 on the short day is two real hours.
    expect(zonedRange('2027-03-28', '01:00', '04:00')).toEqual({
      ok: true,
      startsAt: '2027-03-28T00:00:00.000Z',
      endsAt: '2027-03-28T02:00:00.000Z',
    });
  });

  it('reads a time in the autumn overlap as its first occurrence, in summer time', () => {
    expect(zonedInstant('2026-10-25', '02:30')).toEqual({ ok: true, iso: '2026-10-25T00:30:00.000Z' });
    expect(zonedInstant('2027-10-31', '02:00')).toEqual({ ok: true, iso: '2027-10-31T00:00:00.000Z' });
    expect(zonedInstant('2027-10-31', '03:00')).toEqual({ ok: true, iso: '2027-10-31T02:00:00.000Z' });
    // 01:00 to 04:00 on the long day is four real hours.
    expect(zonedRange('2026-10-25', '01:00', '04:00')).toEqual({
      ok: true,
      startsAt: '2026-10-24T23:00:00.000Z',
      endsAt: '2026-10-25T03:00:00.000Z',
    });
  });

  it('keeps 15:00 local on both sides of each change', () => {
    const at = (date: string) => zonedRange(date, '15:00', '17:00');
    expect(at('2026-03-26')).toMatchObject({ startsAt: '2026-03-26T14:00:00.000Z' });
    expect(at('2026-03-31')).toMatchObject({ startsAt: '2026-03-31T13:00:00.000Z' });
    expect(at('2026-10-22')).toMatchObject({ startsAt: '2026-10-22T13:00:00.000Z' });
    expect(at('2026-10-27')).toMatchObject({
      startsAt: '2026-10-27T14:00:00.000Z',
      endsAt: '2026-10-27T16:00:00.000Z',
    });
    expect(at('2027-03-25')).toMatchObject({ startsAt: '2027-03-25T14:00:00.000Z' });
    expect(at('2027-03-30')).toMatchObject({ startsAt: '2027-03-30T13:00:00.000Z' });
    expect(at('2027-10-28')).toMatchObject({ startsAt: '2027-10-28T13:00:00.000Z' });
    expect(at('2027-11-02')).toMatchObject({ startsAt: '2027-11-02T14:00:00.000Z' });
  });

  it('gives planner candidates the right UTC time across the autumn change', () => {
    const plan = planCandidates({
      now: '2026-04-20T10:00:00Z',
      previousMeetingStart: '2026-04-14T13:00:00Z',
      holidays,
    });
    const byDate = new Map(plan.candidates.map((c) => [c.date, c]));
    expect(byDate.get('2026-10-22')?.startsAt).toBe('2026-10-22T13:00:00.000Z');
    expect(byDate.get('2026-10-27')?.startsAt).toBe('2026-10-27T14:00:00.000Z');
  });

  it('skips a preferred day whose time does not exist and says why', () => {
    const plan = planCandidates({
      now: '2026-01-01T00:00:00Z',
      halfYear: { year: 2026, half: 1 },
      holidays,
      weekdays: [7],
      startTime: '02:30',
      endTime: '04:00',
    });
    const message =
      'Deze tijd bestaat niet: op zondag 29 maart 2026 gaat de klok van 02:00 naar 03:00. Kies een andere tijd.';
    expect(plan.warnings).toEqual([message]);
    expect(plan.skipped).toContainEqual({ date: '2026-03-29', code: 'nonexistent-time', text: message });
    expect(dates(plan.candidates)).not.toContain('2026-03-29');
    expect(plan.candidates.find((c) => c.date === '2026-03-22')?.startsAt).toBe('2026-03-22T01:30:00.000Z');
    expect(plan.candidates.find((c) => c.date === '2026-04-12')?.startsAt).toBe('2026-04-12T00:30:00.000Z');
  });

  it('refuses an end before the start and malformed input', () => {
    expect(zonedRange('2026-04-14', '17:00', '15:00')).toMatchObject({
      ok: false,
      error: 'end-before-start',
    });
    expect(zonedRange('2026-04-14', '15:00', '15:00')).toMatchObject({
      ok: false,
      error: 'end-before-start',
    });
    expect(zonedRange('2026-02-30', '15:00', '17:00')).toMatchObject({ ok: false, error: 'invalid-date' });
    expect(zonedRange('2026-04-14', '9:00', '17:00')).toEqual({
      ok: false,
      error: 'invalid-time',
      message: 'Vul een tijd in als 15:00.',
    });
  });
});
