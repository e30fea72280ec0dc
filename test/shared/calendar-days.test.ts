// Calendar days as integers: parsing form dates, weekdays and month arithmetic without any time zone.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoWeekday, parseDay, plusMonths, toYmd } from '../../src/shared/calendar-days.js';

describe('calendar days', () => {
  it('reads real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const value of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-4-14',
      '14-04-2026',
      '',
      '2026-04-14T00:00',
    ])
      expect([value, isCalendarDate(value)]).toEqual([value, false]);
  });

  it('round-trips a date and names its ISO weekday', () => {
    const day = parseDay('2026-04-14') ?? Number.NaN;
    expect(toYmd(day)).toBe('2026-04-14');
    expect(isoWeekday(day)).toBe(2);
    expect(isoWeekday(day + 5)).toBe(7);
  });

  it('adds months by the calendar, clamping to the end of a shorter month', () => {
    expect(plusMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
