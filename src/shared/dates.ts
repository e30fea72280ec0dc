// Dutch date and time formatting, and Amsterdam wall clock to instant, always in Europe/Amsterdam and never in the
// server's own time zone.
import { DateTime } from 'luxon';
import { t } from '../locale/index.js';
import { parseDay, toYmd } from './calendar-days.js';

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

/**
 * An Amsterdam wall-clock reading of a date input. Pages format the same few instants over and over (every listed
 * meeting, on every request), so readings are kept in a bounded cache; reading an instant costs one call of a cached
 * `Intl.DateTimeFormat` instead of luxon's per-call time-zone arithmetic, which dominated the meetings list's profile.
 */
interface WallClock {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `HH:mm` */
  readonly time: string;
  /** 0 = Sunday, as `Date.getUTCDay`. */
  readonly weekday: number;
}

const amsterdamParts = new Intl.DateTimeFormat('en-US', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Dutch names as luxon writes them for `cccc`, `LLLL` and `LLL` (stand-alone forms, taken from Intl as luxon does). */
const nameOf = (options: Intl.DateTimeFormatOptions, date: number) =>
  new Intl.DateTimeFormat('nl', { ...options, timeZone: 'UTC' }).format(date);
const WEEKDAYS = Array.from({ length: 7 }, (_, day) =>
  nameOf({ weekday: 'long' }, Date.UTC(2026, 1, day + 1)),
);
const MONTHS = Array.from({ length: 12 }, (_, month) => nameOf({ month: 'long' }, Date.UTC(2026, month, 15)));
const SHORT_MONTHS = Array.from({ length: 12 }, (_, month) =>
  nameOf({ month: 'short' }, Date.UTC(2026, month, 15)),
);

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UTC_OR_OFFSET_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function wallOf(year: number, month: number, day: number, hour: number, minute: number): WallClock {
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    year,
    month,
    day,
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** True when the numbers name a real day (not 30 February) and, if given, a real time of day. */
function isRealDay(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function wallOfInstant(ms: number): WallClock {
  if (Number.isNaN(ms)) throw new RangeError('Not a valid date: Invalid Date');
  const parts: Record<string, number> = {};
  for (const part of amsterdamParts.formatToParts(ms)) parts[part.type] = Number(part.value);
  return wallOf(parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0);
}

function readWallClock(input: DateInput): WallClock {
  if (input instanceof Date) return wallOfInstant(input.getTime());
  if (typeof input !== 'string') return wallOfInstant(input.isValid ? input.toMillis() : Number.NaN);
  const date = CALENDAR_DATE.exec(input);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isRealDay(year, month, day)) throw new RangeError(`Not a valid date: ${input}`);
    return wallOf(year, month, day, 0, 0);
  }
  const instant = UTC_OR_OFFSET_INSTANT.exec(input);
  if (instant) {
    const [year, month, day, hour, minute, second] = instant.slice(1, 7).map((n) => Number(n ?? 0));
    if (!isRealDay(year ?? 0, month ?? 0, day ?? 0, hour, minute, second))
      throw new RangeError(`Not a valid date: ${input}`);
    return wallOfInstant(Date.parse(input));
  }
  // Anything else (an Amsterdam wall-clock time without offset, week dates, …) goes through luxon's full parser.
  const dt = toAmsterdam(input);
  return wallOf(dt.year, dt.month, dt.day, dt.hour, dt.minute);
}

const CACHE_LIMIT = 5000;
const cache = new Map<string | number, WallClock>();

function wallClock(input: DateInput): WallClock {
  // Luxon values are rare here and not worth a key of their own.
  if (typeof input !== 'string' && !(input instanceof Date)) return readWallClock(input);
  const key = typeof input === 'string' ? input : input.getTime();
  let wall = cache.get(key);
  if (!wall) {
    wall = readWallClock(input);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, wall);
  }
  return wall;
}

/** The Amsterdam calendar date of an instant, as `YYYY-MM-DD`. */
export function toAmsterdamDate(input: DateInput): string {
  return wallClock(input).date;
}

/** `dinsdag 14 april 2026` */
export function formatDate(input: DateInput): string {
  const wall = wallClock(input);
  return `${WEEKDAYS[wall.weekday]} ${wall.day} ${MONTHS[wall.month - 1]} ${wall.year}`;
}

/** `14 apr 2026` */
export function formatShortDate(input: DateInput): string {
  const wall = wallClock(input);
  return `${wall.day} ${SHORT_MONTHS[wall.month - 1]} ${wall.year}`;
}

/** `april 2026` */
export function formatMonthYear(input: DateInput): string {
  const wall = wallClock(input);
  return `${MONTHS[wall.month - 1]} ${wall.year}`;
}

/**
 * The Amsterdam calendar date (YYYY-MM-DD) `days` after that of `input` (before, when negative): by calendar, not
 * by 24-hour periods, so a change to or from summer time moves nothing.
 */
export function amsterdamDatePlus(input: DateInput, days: number): string {
  return toYmd((parseDay(toAmsterdamDate(input)) as number) + days);
}

/** `15:00` */
export function formatTime(input: DateInput): string {
  return wallClock(input).time;
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
  if (wallClock(startsAt).date === wallClock(endsAt).date) {
    return `${formatDate(startsAt)}, ${formatTime(startsAt)}${EN_DASH}${formatTime(endsAt)}`;
  }
  return `${formatDateTime(startsAt)} ${EN_DASH} ${formatDateTime(endsAt)}`;
}

/** Calendar days from `now` to `target` as seen in Amsterdam (tomorrow = 1, even if it is 23:59 now). */
export function daysUntil(now: DateInput, target: DateInput): number {
  // Days between calendar dates, not 24-hour periods: a day across a DST change is 23 or 25 hours long.
  const dayNumber = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000;
  return dayNumber(wallClock(target)) - dayNumber(wallClock(now));
}

/** Values for `<input type="date">` and `<input type="time">` showing an instant in Amsterdam. */
export function toLocalInputValues(input: DateInput): { date: string; time: string } {
  const wall = wallClock(input);
  return { date: wall.date, time: wall.time };
}

// ---------------------------------------------------------------------------------------------
// Amsterdam wall clock to instant: the date and time fields of every form.

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a form field holds a time of day as `<input type="time">` sends it (`15:00`). */
export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

export type ZonedTimeError = 'invalid-date' | 'invalid-time' | 'nonexistent' | 'end-before-start';

export type ZonedInstantResult =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly error: ZonedTimeError; readonly message: string };

export type ZonedRangeResult =
  | { readonly ok: true; readonly startsAt: string; readonly endsAt: string }
  | { readonly ok: false; readonly error: ZonedTimeError; readonly message: string };

/**
 * Converts an Amsterdam wall-clock time to an ISO UTC instant. A time in the spring gap (02:00–03:00
 * on the last Sunday of March) does not exist and is refused. A time in the autumn overlap
 * (02:00–03:00 on the last Sunday of October happens twice) is read as its first occurrence, in
 * summer time, because that is the moment people mean when they type it before the change.
 */
export function zonedInstant(date: string, time: string): ZonedInstantResult {
  const day = parseDay(date);
  if (day === null) return { ok: false, error: 'invalid-date', message: t('planner.errors.invalidDate') };
  const tm = TIME.exec(time);
  if (!tm) return { ok: false, error: 'invalid-time', message: t('planner.errors.invalidTime') };
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const hour = Number(tm[1]);
  const minute = Number(tm[2]);
  let dt = DateTime.fromObject({ year: y, month: mo, day: d, hour, minute }, { zone: AMSTERDAM });
  // luxon silently moves a non-existent time forward; a changed wall clock means it did not exist.
  if (!dt.isValid || dt.hour !== hour || dt.minute !== minute || dt.day !== d) {
    return { ok: false, error: 'nonexistent', message: nonexistentMessage(date) };
  }
  // luxon picks the later of two equal wall-clock times; prefer the earlier one (see above).
  const earlier = dt.minus({ hours: 1 });
  if (earlier.hour === hour && earlier.minute === minute && earlier.day === d) dt = earlier;
  return { ok: true, iso: dt.toUTC().toISO() ?? '' };
}

/** Start and end of a meeting on one Amsterdam day, as ISO UTC instants. */
export function zonedRange(date: string, start: string, end: string): ZonedRangeResult {
  const from = zonedInstant(date, start);
  if (!from.ok) return from;
  const to = zonedInstant(date, end);
  if (!to.ok) return to;
  if (to.iso <= from.iso) {
    return { ok: false, error: 'end-before-start', message: t('planner.errors.endBeforeStart') };
  }
  return { ok: true, startsAt: from.iso, endsAt: to.iso };
}

/** Explains the spring gap of `date`: "op zondag 29 maart 2026 gaat de klok van 02:00 naar 03:00". */
function nonexistentMessage(date: string): string {
  const dayStart = DateTime.fromISO(date, { zone: AMSTERDAM }).startOf('day');
  const before = dayStart.offset;
  let from = '02:00';
  let to = '03:00';
  // Walk the day in quarter hours to find the jump, so the message stays right for any zone rule.
  for (let step = 1; step <= 26 * 4; step++) {
    const probe = dayStart.plus({ minutes: step * 15 });
    if (probe.offset !== before) {
      const toMinutes = probe.hour * 60 + probe.minute;
      const fromMinutes = toMinutes - (probe.offset - before);
      from = hhmm(fromMinutes);
      to = hhmm(toMinutes);
      break;
    }
  }
  return t('planner.errors.nonexistent', { date: formatDate(date), from, to });
}

function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
