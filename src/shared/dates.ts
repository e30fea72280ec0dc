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
