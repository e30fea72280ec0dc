// Tests of the Dutch date helpers: Amsterdam time whatever the server's zone, across the DST changes.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  formatDate,
  formatDateTime,
  formatMeetingWhen,
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
