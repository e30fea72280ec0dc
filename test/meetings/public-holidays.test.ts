// The planner's Dutch public holidays are computed, not loaded from date-holidays: they must be the very days and
// names date-holidays (NL) gives as 'public' or 'school', for every year the planner may plan in.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createPublicHolidays } from '../../src/meetings/public-holidays.js';

describe('Dutch public holidays', () => {
  it('are the public and school days date-holidays gives, with its names, 2014–2100', () => {
    const reference = new Holidays('NL');
    const lookup = createPublicHolidays();
    for (let year = 2014; year <= 2100; year++) {
      const expected = reference
        .getHolidays(year, 'nl')
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'school')
        .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
      expect(lookup(year), String(year)).toEqual(expected);
    }
  });

  it('moves Koningsdag to the 26th when the 27th of April is a Sunday', () => {
    const lookup = createPublicHolidays();
    expect(lookup(2025).find((holiday) => holiday.name === 'Koningsdag')?.date).toBe('2025-04-26');
    expect(lookup(2026).find((holiday) => holiday.name === 'Koningsdag')?.date).toBe('2026-04-27');
  });
});
