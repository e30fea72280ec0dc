// Tests of the Dutch date helpers: Amsterdam time whatever the server's zone, across the DST changes.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  amsterdamDatePlus,
  daysUntil,
  formatDate,
  formatDateTime,
  formatMeetingWhen,
  formatMonthYear,
  formatShortDate,
  formatTime,
  toAmsterdamDate,
  toLocalInputValues,
} from '../../src/shared/dates.js';

describe('formatMeetingWhen', () => {
  it('writes a summer meeting the Dutch way with an en dash', () => {
    expect(formatMeetingWhen('2026-04-14T13:00:00.000Z', '2026-04-14T15:00:00.000Z')).toBe(
      'dinsdag 14 april 2026, 15:00–17:00',
    );
  });

  it('writes a winter meeting at the same wall-clock time', () => {
    expect(formatMeetingWhen('2026-11-10T14:00:00Z', '2026-11-10T16:00:00Z')).toBe(
      'dinsdag 10 november 2026, 15:00–17:00',
    );
  });

  it('shows both dates when the meeting ends on another day in Amsterdam', () => {
    // 21:00–23:00 UTC is the same UTC day but crosses midnight in Amsterdam.
    expect(formatMeetingWhen('2026-04-14T21:00:00Z', '2026-04-14T23:00:00Z')).toBe(
      'dinsdag 14 april 2026, 23:00 – woensdag 15 april 2026, 01:00',
    );
  });

  it('keeps the wall clock on the DST days of 2026 and 2027', () => {
    expect(formatMeetingWhen('2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z')).toBe(
      'zondag 29 maart 2026, 01:00–04:00',
    );
    expect(formatMeetingWhen('2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z')).toBe(
      'zondag 25 oktober 2026, 01:00–04:00',
    );
    expect(formatMeetingWhen('2027-03-28T13:00:00Z', '2027-03-28T15:00:00Z')).toBe(
      'zondag 28 maart 2027, 15:00–17:00',
    );
    expect(formatMeetingWhen('2027-10-31T14:00:00Z', '2027-10-31T16:00:00Z')).toBe(
      'zondag 31 oktober 2027, 15:00–17:00',
    );
  });
});

describe('formatDate and friends', () => {
  it('reads a calendar date as that day, and an instant as its Amsterdam day', () => {
    expect(formatDate('2026-04-14')).toBe('dinsdag 14 april 2026');
    expect(formatDate('2026-04-13T22:30:00Z')).toBe('dinsdag 14 april 2026');
    expect(formatDate(new Date('2026-12-31T23:30:00Z'))).toBe('vrijdag 1 januari 2027');
    expect(formatDate(DateTime.fromISO('2026-04-14T01:00:00', { zone: 'Asia/Tokyo' }))).toBe(
      'maandag 13 april 2026',
    );
  });

  it('formats short dates, times and date-times', () => {
    expect(formatShortDate('2026-04-14')).toBe('14 apr 2026');
    expect(formatShortDate('2026-10-01T12:00:00Z')).toBe('1 okt 2026');
    expect(formatTime('2026-10-27T14:00:00Z')).toBe('15:00');
    expect(formatDateTime('2026-10-22T13:00:00Z')).toBe('donderdag 22 oktober 2026, 15:00');
    expect(toAmsterdamDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
  });

  it('throws on something that is not a date', () => {
    expect(() => formatDate('morgen')).toThrow(RangeError);
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('daysUntil', () => {
  it('counts Amsterdam calendar days, not 24-hour periods', () => {
    expect(daysUntil('2026-04-14T21:59:00Z', '2026-04-14T22:01:00Z')).toBe(1);
    expect(daysUntil('2026-04-14T08:00:00Z', '2026-04-14T20:00:00Z')).toBe(0);
    expect(daysUntil('2026-04-20T08:00:00Z', '2026-04-14')).toBe(-6);
  });

  it('counts a 23-hour and a 25-hour day as one day each', () => {
    expect(daysUntil('2026-03-28T22:30:00Z', '2026-03-29T22:30:00Z')).toBe(2);
    expect(daysUntil('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysUntil('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysUntil('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('toLocalInputValues', () => {
  it('gives the Amsterdam date and time for a form', () => {
    expect(toLocalInputValues('2026-10-27T14:00:00.000Z')).toEqual({ date: '2026-10-27', time: '15:00' });
    expect(toLocalInputValues('2026-03-28T23:30:00Z')).toEqual({ date: '2026-03-29', time: '00:30' });
  });

  it('shows both instants of the autumn overlap as the same wall-clock time', () => {
    expect(toLocalInputValues('2026-10-25T00:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(toLocalInputValues('2026-10-25T01:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
  });
});

describe('the Intl-based formatting', () => {
  /** Luxon's own formatting, as these helpers did it before they read the wall clock through a cached Intl formatter. */
  const luxonAmsterdam = (input: string | Date) =>
    (typeof input === 'string'
      ? DateTime.fromISO(input, { zone: 'Europe/Amsterdam' })
      : DateTime.fromJSDate(input, { zone: 'Europe/Amsterdam' })
    ).setLocale('nl');

  it('writes every instant from 1990 to 2100 exactly as luxon did', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.boolean(),
        fc.integer({ min: -400, max: 400 }),
        (date, asString, days) => {
          const input = asString ? date.toISOString() : date;
          const reference = luxonAmsterdam(input);
          expect(formatDate(input)).toBe(reference.toFormat('cccc d LLLL yyyy'));
          expect(formatMonthYear(input)).toBe(reference.toFormat('LLLL yyyy'));
          // By calendar: across a change to or from summer time too.
          expect(amsterdamDatePlus(input, days)).toBe(reference.plus({ days }).toISODate());
          expect(formatShortDate(input)).toBe(reference.toFormat('d LLL yyyy'));
          expect(formatTime(input)).toBe(reference.toFormat('HH:mm'));
          expect(toAmsterdamDate(input)).toBe(reference.toISODate());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes every calendar day and every month name as luxon did', () => {
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const input = new Date(day).toISOString().slice(0, 10);
      const reference = luxonAmsterdam(input);
      expect(formatDate(input)).toBe(reference.toFormat('cccc d LLLL yyyy'));
      expect(formatShortDate(input)).toBe(reference.toFormat('d LLL yyyy'));
    }
  });

  it('reads instants with an offset and Amsterdam wall-clock times without one', () => {
    expect(formatDateTime('2026-04-14T22:30:00+09:00')).toBe('dinsdag 14 april 2026, 15:30');
    expect(formatDateTime('2026-04-14T15:00')).toBe('dinsdag 14 april 2026, 15:00');
    expect(() => formatDate('2026-02-30T10:00:00Z')).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('gives the same strings whatever time zone the server runs in', () => {
    const zone = process.env.TZ;
    try {
      for (const [month, tz] of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].entries()) {
        process.env.TZ = tz;
        // Inputs not formatted before in this test file, so nothing comes from the cache.
        expect(formatMeetingWhen('2031-03-30T00:30:00Z', '2031-03-30T02:30:00Z')).toBe(
          'zondag 30 maart 2031, 01:30–04:30',
        );
        expect(formatDate(`2032-0${month + 1}-15`)).toBe(
          luxonAmsterdam(`2032-0${month + 1}-15`).toFormat('cccc d LLLL yyyy'),
        );
        expect(daysUntil(new Date('2031-06-30T22:01:00Z'), '2031-07-01')).toBe(0);
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
