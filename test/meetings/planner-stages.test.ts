// The planner's three stages on their own: the window around the target, the exclusions in it, the ranking of the rest.
import { describe, expect, it } from 'vitest';
import type { SchoolHoliday } from '../../src/meetings/holidays.data.js';
import {
  type HolidayCalendar,
  type OpenDate,
  PlannerInputError,
  planExclusions,
  planSettings,
  planWindow,
  rankCandidates,
} from '../../src/meetings/planner.js';
import type { PublicHolidayLookup } from '../../src/meetings/public-holidays.js';
import { parseDay, toYmd } from '../../src/shared/calendar-days.js';

const day = (ymd: string) => parseDay(ymd) ?? Number.NaN;
const span = (from: string, to: string) => ({ from: day(from), to: day(to) });
const defaults = { windowDays: 42, minLeadDays: 28 };
const noPublicHolidays: PublicHolidayLookup = () => [];
const holiday = (kind: SchoolHoliday['kind'], startDate: string, endDate: string): SchoolHoliday => ({
  schoolYear: '2026-2027',
  kind,
  startDate,
  endDate,
  advisory: false,
});

describe('planWindow', () => {
  it('aims six months after the previous meeting and searches six weeks either side', () => {
    const window = planWindow(
      { now: '2026-05-01T09:00:00Z', previousMeetingStart: '2026-04-14T13:00:00Z' },
      defaults,
    );
    expect([window.basis, toYmd(window.target)]).toEqual(['previous', '2026-10-14']);
    expect(window.window).toEqual(span('2026-09-02', '2026-11-25'));
    expect(window.warnings).toEqual([]);
  });

  it('keeps a chosen half-year to its own months', () => {
    const window = planWindow(
      { now: '2026-05-01T09:00:00Z', halfYear: { year: 2026, half: 2 } },
      {
        windowDays: 200,
        minLeadDays: 28,
      },
    );
    expect([window.basis, toYmd(window.target)]).toEqual(['halfYear', '2026-10-01']);
    expect(window.window).toEqual(span('2026-07-01', '2026-12-31'));
  });

  it('moves a window that lies in the past to the first possible dates, with a warning', () => {
    const window = planWindow({ now: '2026-12-20T09:00:00Z', halfYear: { year: 2026, half: 2 } }, defaults);
    expect(window.window).toEqual(span('2027-01-17', '2027-04-11'));
    expect(window.warnings).toHaveLength(1);
  });

  it('refuses a now that is not a date', () => {
    expect(() => planWindow({ now: 'gisteren' }, defaults)).toThrow(PlannerInputError);
  });
});

describe('planExclusions', () => {
  const settings = planSettings({
    now: '2026-01-01T00:00:00Z',
    holidays: [],
    weekdays: [2],
    publicHolidays: (year) => (year === 2026 ? [{ date: '2026-11-03', name: 'Testdag' }] : []),
  });

  it('leaves out public holidays, school holidays and the settling days after a long holiday', () => {
    const result = planExclusions(
      span('2026-10-13', '2026-11-10'),
      [holiday('herfst', '2026-10-17', '2026-10-25')],
      settings,
    );
    expect(result.skipped.map((skip) => [skip.date, skip.code])).toEqual([
      ['2026-10-20', 'school-holiday'],
      ['2026-10-27', 'settling'],
      ['2026-11-03', 'public-holiday'],
    ]);
    expect(result.open.map((open) => open.date)).toEqual(['2026-10-13', '2026-11-10']);
    expect(result.open[0]).toMatchObject({
      startsAt: '2026-10-13T13:00:00.000Z',
      endsAt: '2026-10-13T15:00:00.000Z',
    });
  });

  it('warns once for a time that does not exist on a date, and skips that date', () => {
    const result = planExclusions(span('2026-03-22', '2026-04-05'), [], {
      ...settings,
      weekdays: [7],
      startTime: '02:30',
      endTime: '04:00',
    });
    expect(result.skipped.map((skip) => [skip.date, skip.code])).toEqual([
      ['2026-03-29', 'nonexistent-time'],
    ]);
    expect(result.open.map((open) => open.date)).toEqual(['2026-03-22', '2026-04-05']);
    // The table covers nothing: first the coverage warning, then the DST gap.
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[1]).toContain('02:00');
  });

  it('refuses a holiday that ends before it starts', () => {
    expect(() =>
      planExclusions(
        span('2026-10-01', '2026-10-31'),
        [holiday('herfst', '2026-10-25', '2026-10-17')],
        settings,
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid-holiday' }));
  });
});

describe('rankCandidates', () => {
  const open = (ymd: string): OpenDate => ({
    day: day(ymd),
    date: ymd,
    startsAt: `${ymd}T13:00:00.000Z`,
    endsAt: `${ymd}T15:00:00.000Z`,
  });
  const calendar = (holidays: SchoolHoliday[]): HolidayCalendar =>
    planExclusions(span('2027-06-01', '2027-07-31'), holidays, {
      weekdays: [1],
      startTime: '15:00',
      endTime: '17:00',
      settleDays: 3,
      publicHolidays: noPublicHolidays,
    }).calendar;
  const target = {
    target: day('2027-07-01'),
    basis: 'halfYear' as const,
    halfYear: { year: 2027, half: 2 as const },
  };

  it('orders closest to the target first, the earlier of two equally close dates first', () => {
    const ranked = rankCandidates(
      ['2027-06-24', '2027-07-08', '2027-06-29', '2027-07-03'].map(open),
      target,
      calendar([]),
      { region: 'noord' },
    );
    expect(ranked.map((candidate) => [candidate.date, candidate.distanceDays])).toEqual([
      ['2027-06-29', -2],
      ['2027-07-03', 2],
      ['2027-06-24', -7],
      ['2027-07-08', 7],
    ]);
  });

  it('puts the last school week before the zomervakantie after every ordinary week', () => {
    const ranked = rankCandidates(
      ['2027-07-08', '2027-06-29'].map(open),
      target,
      calendar([holiday('zomer', '2027-07-03', '2027-08-15')]),
      { region: 'noord' },
    );
    expect(ranked.map((candidate) => [candidate.date, candidate.lastWeekBeforeSummer])).toEqual([
      ['2027-07-08', false],
      ['2027-06-29', true],
    ]);
  });
});
