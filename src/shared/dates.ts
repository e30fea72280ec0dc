// Dutch date and time formatting, always in Europe/Amsterdam and never in the server's own time zone.
import { DateTime } from 'luxon';

export const AMSTERDAM = 'Europe/Amsterdam';

/** An instant (ISO with offset or `Z`, Date, luxon DateTime), an Amsterdam wall-clock ISO without offset, or a calendar date `YYYY-MM-DD`. */
export type DateInput = string | Date | DateTime;

const EN_DASH = '\u2013';

/**
 * Reads any supported input as a DateTime in Europe/Amsterdam. A string without an offset is an
 * Amsterdam wall-clock time, so `2026-04-14` is that calendar day wherever the server runs.
 */
export function toAmsterdam(input: DateInput): DateTime<true> {
  let dt: DateTime;
  if (typeof input === 'string') dt = DateTime.fromISO(input, { zone: AMSTERDAM, setZone: false });
  else if (input instanceof Date) dt = DateTime.fromJSDate(input, { zone: AMSTERDAM });
  else dt = input.setZone(AMSTERDAM);
  if (!dt.isValid) throw new RangeError(`Not a valid date: ${String(input)}`);
  // Checked just above; luxon's types only narrow this with a global throwOnInvalid setting.
  return dt.setLocale('nl') as DateTime<true>;
}

/** The Amsterdam calendar date of an instant, as `YYYY-MM-DD`. */
export function toAmsterdamDate(input: DateInput): string {
  return toAmsterdam(input).toISODate();
}

/** `dinsdag 14 april 2026` */
export function formatDate(input: DateInput): string {
  return toAmsterdam(input).toFormat('cccc d LLLL yyyy');
}

/** `14 apr 2026` */
export function formatShortDate(input: DateInput): string {
  return toAmsterdam(input).toFormat('d LLL yyyy');
}

/** `15:00` */
export function formatTime(input: DateInput): string {
  return toAmsterdam(input).toFormat('HH:mm');
}

/** `dinsdag 14 april 2026, 15:00` */
export function formatDateTime(input: DateInput): string {
  return `${formatDate(input)}, ${formatTime(input)}`;
}

/**
 * `dinsdag 14 april 2026, 15:00–17:00`; when the meeting ends on another Amsterdam day both dates
 * are shown: `dinsdag 14 april 2026, 23:00 – woensdag 15 april 2026, 01:00`.
 */
export function formatMeetingWhen(startsAt: DateInput, endsAt: DateInput): string {
  const start = toAmsterdam(startsAt);
  const end = toAmsterdam(endsAt);
  if (start.toISODate() === end.toISODate()) {
    return `${formatDate(start)}, ${formatTime(start)}${EN_DASH}${formatTime(end)}`;
  }
  return `${formatDateTime(start)} ${EN_DASH} ${formatDateTime(end)}`;
}

/** Calendar days from `now` to `target` as seen in Amsterdam (tomorrow = 1, even if it is 23:59 now). */
export function daysUntil(now: DateInput, target: DateInput): number {
  const from = toAmsterdam(now).startOf('day');
  const to = toAmsterdam(target).startOf('day');
  // Days, not 24-hour periods: a day across a DST change is 23 or 25 hours long.
  return Math.round(to.diff(from, 'days').days);
}

/** Values for `<input type="date">` and `<input type="time">` showing an instant in Amsterdam. */
export function toLocalInputValues(input: DateInput): { date: string; time: string } {
  const dt = toAmsterdam(input);
  return { date: dt.toISODate(), time: dt.toFormat('HH:mm') };
}
