// Calendar dates as whole days since 1970-01-01: plain integers, so no process time zone and no DST can shift a date.
import { DateTime } from 'luxon';

export const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` calendar date, or null when it is not one (2026-02-30 included). */
export function parseDay(ymd: string): number | null {
  const m = YMD.exec(ymd);
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  // Date.UTC rolls 2026-02-30 over into March; the round trip catches that.
  return toYmd(day) === ymd ? day : null;
}

/** Whether a form field holds a real calendar date as `<input type="date">` sends it. */
export function isCalendarDate(value: string): boolean {
  return parseDay(value) !== null;
}

export function toYmd(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, Monday = 1 … Sunday = 7 (day 0 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

/** `ymd` plus whole months; 31 August + 6 months is 28/29 February. */
export function plusMonths(ymd: string, months: number): string {
  // UTC keeps it pure calendar arithmetic.
  return DateTime.fromISO(ymd, { zone: 'utc' }).plus({ months }).toISODate() ?? ymd;
}
