// Pure core of the half-yearly date planner: candidate dates avoiding school and public holidays, with reasons.
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { t } from '../locale/index.js';
import { AMSTERDAM, type DateInput, formatDate, toAmsterdamDate } from '../shared/dates.js';
import type { HolidayKind, HolidayRegion, SchoolHoliday } from './holidays.data.js';

export type { HolidayKind, HolidayRegion, SchoolHoliday } from './holidays.data.js';

export interface PublicHoliday {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly name: string;
}

export type PublicHolidayLookup = (year: number) => readonly PublicHoliday[];

export interface HalfYear {
  readonly year: number;
  /** 1 = January–June, 2 = July–December */
  readonly half: 1 | 2;
}

export const PLANNER_DEFAULTS = {
  /** ISO weekdays (Monday = 1): Tuesday to Thursday, the days the partners usually meet. */
  weekdays: [2, 3, 4] as readonly number[],
  startTime: '15:00',
  endTime: '17:00',
  count: 10,
  /** Search this many days either side of the target (clipped to the target's half-year). */
  windowDays: 42,
  /**
   * Candidates start four weeks from now: the topic deadline lies three weeks before the meeting,
   * and schools need at least a week to send in topics.
   */
  minLeadDays: 28,
  /**
   * The first three school days after a holiday of a week or more are skipped: schools restart
   * (timetables, mentor talks, incidents from the holiday) and the topic deadline would have
   * fallen inside the holiday.
   */
  settleDays: 3,
} as const;

/** A holiday of this many calendar days or more (every holiday in the regio Noord table) triggers the settling days. */
const LONG_HOLIDAY_DAYS = 7;
/** Holidays further away than this are not worth mentioning as "near". */
const NEAR_DAYS = 28;
/** The days before the zomervakantie that make up the last school week (a Monday is 5 days before its Saturday). */
const LAST_WEEK_DAYS = 7;
/** Within this many days of an advisory holiday some schools may be off instead. */
const ADVISORY_SHIFT_DAYS = 7;

export interface PlanOptions {
  readonly now: DateInput;
  /** Start of the previous meeting (ISO, UTC); the target becomes six months later. */
  readonly previousMeetingStart?: string | null;
  /** Plan for this half-year; without it: the target's half-year, or the next half-year from `now`. */
  readonly halfYear?: HalfYear;
  readonly holidays: readonly SchoolHoliday[];
  /** The region `holidays` belong to, named in the reasons; regio Noord when not given. */
  readonly region?: HolidayRegion;
  readonly publicHolidays?: PublicHolidayLookup;
  readonly weekdays?: readonly number[];
  readonly startTime?: string;
  readonly endTime?: string;
  readonly count?: number;
  readonly windowDays?: number;
  readonly minLeadDays?: number;
  readonly settleDays?: number;
}

export interface Candidate {
  /** YYYY-MM-DD in Amsterdam */
  readonly date: string;
  /** ISO UTC, e.g. 2026-10-13T13:00:00.000Z */
  readonly startsAt: string;
  readonly endsAt: string;
  /** Calendar days from the target; negative = before it. Candidates are ranked by its absolute value. */
  readonly distanceDays: number;
  /** false when the holiday table does not cover this date, so only public holidays were checked. */
  readonly covered: boolean;
  /** Why this date fits (Dutch). */
  readonly reasons: readonly string[];
  /** Of the reasons, the one that differs per date: how far from the target it lies (Dutch). */
  readonly timing: string;
  /** In the last school week before the zomervakantie: ranked after every ordinary school week. */
  readonly lastWeekBeforeSummer: boolean;
  /** Nearby holidays (Dutch), e.g. 'twee weken na de herfstvakantie'. */
  readonly near: readonly string[];
  /** Things to check before choosing this date (Dutch). */
  readonly cautions: readonly string[];
}

export type SkipCode = 'school-holiday' | 'public-holiday' | 'settling' | 'nonexistent-time';

/** A preferred weekday inside the window that was left out, and why (Dutch). */
export interface SkippedDate {
  readonly date: string;
  readonly code: SkipCode;
  readonly text: string;
}

export interface Plan {
  /** Best first: ordinary school weeks before the last week before the zomervakantie, then closest to the target, then the earlier date. */
  readonly candidates: readonly Candidate[];
  /** Dutch warnings for the whole plan (data coverage, target already passed, nothing found). */
  readonly warnings: readonly string[];
  readonly skipped: readonly SkippedDate[];
  /** YYYY-MM-DD: six months after the previous meeting, or the middle of the half-year. */
  readonly target: string;
  readonly basis: 'previous' | 'halfYear';
  readonly halfYear: HalfYear;
  /** The dates searched (inclusive). */
  readonly window: { readonly from: string; readonly to: string };
  /** Periods the school-holiday data covers (inclusive). */
  readonly coverage: readonly { readonly from: string; readonly to: string }[];
}

export type PlannerErrorCode =
  | 'invalid-now'
  | 'invalid-previous'
  | 'invalid-time'
  | 'end-before-start'
  | 'invalid-weekdays'
  | 'invalid-holiday';

/** Invalid planner input; `message` is Dutch and can be shown next to the form field. */
export class PlannerInputError extends Error {
  override readonly name = 'PlannerInputError';
  constructor(
    readonly code: PlannerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar dates as whole days since 1970-01-01: plain integers, so no process time zone and no
// DST can shift a date. Only the conversion to a meeting's start and end involves Amsterdam.

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(ymd: string): number | null {
  const m = YMD.exec(ymd);
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  // Date.UTC rolls 2026-02-30 over into March; the round trip catches that.
  return toYmd(day) === ymd ? day : null;
}

function toYmd(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, Monday = 1 … Sunday = 7 (day 0 was a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

function plusMonths(ymd: string, months: number): string {
  // luxon clamps 31 August + 6 months to 28/29 February; UTC keeps it pure calendar arithmetic.
  return DateTime.fromISO(ymd, { zone: 'utc' }).plus({ months }).toISODate() ?? ymd;
}

function halfYearOf(day: number): HalfYear {
  return { year: yearOf(day), half: monthOf(day) <= 6 ? 1 : 2 };
}

function halfYearBounds(h: HalfYear): { start: number; end: number; middle: number } {
  const start = Date.UTC(h.year, h.half === 1 ? 0 : 6, 1) / DAY_MS;
  const end = Date.UTC(h.half === 1 ? h.year : h.year + 1, h.half === 1 ? 6 : 0, 1) / DAY_MS - 1;
  // 1 April and 1 October: the middle of each half, near enough, and easy to explain.
  const middle = Date.UTC(h.year, h.half === 1 ? 3 : 9, 1) / DAY_MS;
  return { start, end, middle };
}

function nextHalfYear(day: number): HalfYear {
  const current = halfYearOf(day);
  return current.half === 1 ? { year: current.year, half: 2 } : { year: current.year + 1, half: 1 };
}

// ---------------------------------------------------------------------------------------------
// Local Amsterdam times.

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

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

// ---------------------------------------------------------------------------------------------
// Public holidays.

/**
 * date-holidays (NL) marks Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren and Kerst as
 * 'public', and Goede Vrijdag and Bevrijdingsdag as 'school'. Both of those are days off for many
 * partners (Bevrijdingsdag every year for government staff, Goede Vrijdag in several CAOs), so the
 * planner avoids them every year. 'observance' (Dodenherdenking, Sinterklaas, …) and 'bank'
 * (Oudejaarsdag, always inside the kerstvakantie) are ignored.
 */
const AVOIDED_TYPES: ReadonlySet<string> = new Set(['public', 'school']);
const publicHolidayCache = new Map<number, readonly PublicHoliday[]>();
let dutchCalendar: Holidays | undefined;
// date-holidays (with moment-timezone and its zone data) takes about 0.4 s of CPU to load: it is loaded when the
// planner first needs it rather than at every start-up, which has to stay under a second.
const requireLazily = createRequire(import.meta.url);

/** Dutch public holidays of `year` to avoid, with Dutch names; deterministic and cached. */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  const cached = publicHolidayCache.get(year);
  if (cached) return cached;
  dutchCalendar ??= new (requireLazily('date-holidays') as typeof Holidays)('NL');
  const list = dutchCalendar
    .getHolidays(year, 'nl')
    .filter((h) => AVOIDED_TYPES.has(h.type))
    // `date` is 'YYYY-MM-DD hh:mm:ss' in the country's own zone, independent of the process zone.
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
  publicHolidayCache.set(year, list);
  return list;
}

// ---------------------------------------------------------------------------------------------
// The planner.

interface HolidaySpan {
  readonly kind: HolidayKind;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly advisory: boolean;
}

interface Span {
  from: number;
  to: number;
}

function kindLabel(kind: HolidayKind): string {
  return t(`planner.kinds.${kind}`);
}

function daysText(days: number): string {
  return days === 1 ? t('planner.days.one') : t('planner.days.other', { count: days });
}

function halfYearLabel(h: HalfYear): string {
  return t(`planner.halfYear.${h.half}`, { year: h.year });
}

function toSpans(holidays: readonly SchoolHoliday[]): HolidaySpan[] {
  return holidays
    .map((h) => {
      const start = parseDay(h.startDate);
      const end = parseDay(h.endDate);
      if (start === null || end === null || end < start) {
        throw new PlannerInputError(
          'invalid-holiday',
          t('planner.errors.invalidHoliday', { kind: kindLabel(h.kind), schoolYear: h.schoolYear }),
        );
      }
      return { kind: h.kind, label: kindLabel(h.kind), start, end, advisory: h.advisory };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * The periods the table speaks for: each school year from its first to its last holiday, joined
 * with the next school year when that one is present too (the weeks between are school weeks).
 * Before the first holiday of the first year we know nothing (the previous zomervakantie is missing).
 */
function coverageOf(holidays: readonly SchoolHoliday[]): Span[] {
  const years = new Map<string, Span>();
  for (const h of holidays) {
    // Already validated by toSpans.
    const from = parseDay(h.startDate) ?? 0;
    const to = parseDay(h.endDate) ?? 0;
    const year = years.get(h.schoolYear);
    if (year) {
      year.from = Math.min(year.from, from);
      year.to = Math.max(year.to, to);
    } else years.set(h.schoolYear, { from, to });
  }
  const ordered = [...years.entries()].sort((a, b) => a[1].from - b[1].from);
  const merged: { firstYear: number; span: Span }[] = [];
  for (const [schoolYear, span] of ordered) {
    const firstYear = Number.parseInt(schoolYear, 10);
    const last = merged.at(-1);
    if (last && (firstYear === last.firstYear + 1 || span.from <= last.span.to + 1)) {
      last.span.to = Math.max(last.span.to, span.to);
      last.firstYear = firstYear;
    } else merged.push({ firstYear, span: { ...span } });
  }
  return merged.map((m) => m.span);
}

function uncoveredParts(window: Span, coverage: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let cursor = window.from;
  for (const c of coverage) {
    if (c.to < cursor) continue;
    if (c.from > window.to) break;
    if (c.from > cursor) parts.push({ from: cursor, to: c.from - 1 });
    cursor = Math.max(cursor, c.to + 1);
  }
  if (cursor <= window.to) parts.push({ from: cursor, to: window.to });
  return parts;
}

function coverageWarning(part: Span, coverage: readonly Span[]): string {
  const first = coverage[0];
  const last = coverage.at(-1);
  if (!first || !last) return t('planner.warnings.noData');
  if (part.from > last.to) {
    return t('planner.warnings.dataEnds', {
      end: formatDate(toYmd(last.to)),
      from: formatDate(toYmd(part.from)),
    });
  }
  if (part.to < first.from) {
    return t('planner.warnings.dataStarts', {
      start: formatDate(toYmd(first.from)),
      to: formatDate(toYmd(part.to)),
    });
  }
  return t('planner.warnings.dataGap', {
    from: formatDate(toYmd(part.from)),
    to: formatDate(toYmd(part.to)),
  });
}

/**
 * Names the school week a date falls in, the way schools count: "in de eerste week na de
 * herfstvakantie", "in de laatste week voor de kerstvakantie", "drie weken voor de kerstvakantie".
 * Rounding days to weeks would give two days of one school week different texts.
 */
function gapText(days: number, direction: 'after' | 'before', holiday: string): string {
  const week = Math.ceil(days / 7);
  if (direction === 'after') {
    if (days === 1) return t('planner.near.dayAfter', { holiday });
    return t('planner.near.weekAfter', { holiday, ordinal: t(`planner.ordinals.${week}`) });
  }
  if (days === 1) return t('planner.near.dayBefore', { holiday });
  if (week === 1) return t('planner.near.lastWeekBefore', { holiday });
  return t('planner.near.weeksBefore', { holiday, count: t(`planner.numberWords.${week}`) });
}

function validTime(time: string): void {
  if (!TIME.test(time)) throw new PlannerInputError('invalid-time', t('planner.errors.invalidTime'));
}

/**
 * Suggests meeting dates for the next half-year, or about six months after the previous meeting.
 * Pure: `now`, the school holidays and the public holidays are all passed in; nothing reads the
 * clock, the database or the process time zone.
 */
export function planCandidates(options: PlanOptions): Plan {
  const weekdays = options.weekdays ?? PLANNER_DEFAULTS.weekdays;
  const startTime = options.startTime ?? PLANNER_DEFAULTS.startTime;
  const endTime = options.endTime ?? PLANNER_DEFAULTS.endTime;
  const count = options.count ?? PLANNER_DEFAULTS.count;
  const windowDays = options.windowDays ?? PLANNER_DEFAULTS.windowDays;
  const minLeadDays = options.minLeadDays ?? PLANNER_DEFAULTS.minLeadDays;
  const settleDays = options.settleDays ?? PLANNER_DEFAULTS.settleDays;
  const lookupPublic = options.publicHolidays ?? dutchPublicHolidays;

  if (weekdays.length === 0 || weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7)) {
    throw new PlannerInputError('invalid-weekdays', t('planner.errors.invalidWeekdays'));
  }
  validTime(startTime);
  validTime(endTime);
  if (endTime <= startTime) {
    throw new PlannerInputError('end-before-start', t('planner.errors.endBeforeStart'));
  }

  let today: number | null;
  try {
    today = parseDay(toAmsterdamDate(options.now));
  } catch {
    today = null;
  }
  if (today === null) throw new PlannerInputError('invalid-now', t('planner.errors.invalidNow'));
  const earliest = today + minLeadDays;

  let previousTarget: number | null = null;
  if (options.previousMeetingStart) {
    let previous: number | null;
    try {
      previous = parseDay(toAmsterdamDate(options.previousMeetingStart));
    } catch {
      previous = null;
    }
    if (previous === null) {
      throw new PlannerInputError('invalid-previous', t('planner.errors.invalidPrevious'));
    }
    previousTarget = parseDay(plusMonths(toYmd(previous), 6));
  }

  const halfYear =
    options.halfYear ?? (previousTarget !== null ? halfYearOf(previousTarget) : nextHalfYear(today));
  const bounds = halfYearBounds(halfYear);
  const basis =
    previousTarget !== null && previousTarget >= bounds.start && previousTarget <= bounds.end
      ? 'previous'
      : 'halfYear';
  const target = basis === 'previous' && previousTarget !== null ? previousTarget : bounds.middle;

  const warnings: string[] = [];
  // "About six months after the last meeting" may cross into the neighbouring half-year (a target early in July
  // also looks at June, before the summer holiday); an explicitly chosen half-year keeps to its own months.
  const keepToHalfYear = options.halfYear !== undefined || basis === 'halfYear';
  const window: Span = {
    from: Math.max(target - windowDays, keepToHalfYear ? bounds.start : earliest, earliest),
    to: keepToHalfYear ? Math.min(target + windowDays, bounds.end) : target + windowDays,
  };
  if (window.from > window.to) {
    // The whole window lies in the past or too close: offer the first possible dates instead.
    warnings.push(
      basis === 'previous'
        ? t('planner.warnings.targetPassedPrevious', {
            target: formatDate(toYmd(target)),
            earliest: formatDate(toYmd(earliest)),
          })
        : t('planner.warnings.targetPassedHalfYear', {
            halfYear: capitalise(halfYearLabel(halfYear)),
            earliest: formatDate(toYmd(earliest)),
          }),
    );
    window.from = earliest;
    window.to = earliest + 2 * windowDays;
  }

  const spans = toSpans(options.holidays);
  const coverage = coverageOf(options.holidays);
  const uncovered = uncoveredParts(window, coverage);
  for (const part of uncovered) warnings.push(coverageWarning(part, coverage));
  const isCovered = (day: number) => !uncovered.some((p) => day >= p.from && day <= p.to);

  // Public holidays of every year the window, the settling days and the "near" texts can touch.
  const publicByDay = new Map<number, string>();
  const firstYear = yearOf(window.from - NEAR_DAYS - 60);
  const lastYear = yearOf(window.to + NEAR_DAYS);
  for (let year = firstYear; year <= lastYear; year++) {
    for (const ph of lookupPublic(year)) {
      const day = parseDay(ph.date);
      if (day !== null && !publicByDay.has(day)) publicByDay.set(day, ph.name);
    }
  }
  const holidayAt = (day: number) => spans.find((s) => day >= s.start && day <= s.end);

  // The first school days after each long holiday that ends shortly before or inside the window.
  const settling = new Map<number, HolidaySpan>();
  for (const span of spans) {
    if (span.end - span.start + 1 < LONG_HOLIDAY_DAYS) continue;
    if (span.end < window.from - 60 || span.end > window.to) continue;
    let found = 0;
    for (let day = span.end + 1; found < settleDays && day <= span.end + 60; day++) {
      if (isoWeekday(day) > 5 || publicByDay.has(day) || holidayAt(day)) continue;
      settling.set(day, span);
      found++;
    }
  }

  const candidates: (Candidate & { readonly day: number })[] = [];
  const skipped: SkippedDate[] = [];
  const wanted = new Set(weekdays);
  for (let day = window.from; day <= window.to; day++) {
    const weekday = isoWeekday(day);
    if (!wanted.has(weekday)) continue;
    const date = toYmd(day);

    const publicName = publicByDay.get(day);
    if (publicName !== undefined) {
      skipped.push({
        date,
        code: 'public-holiday',
        text: t('planner.skipped.publicHoliday', { name: publicName }),
      });
      continue;
    }
    const holiday = holidayAt(day);
    if (holiday) {
      skipped.push({
        date,
        code: 'school-holiday',
        text: t('planner.skipped.schoolHoliday', { holiday: holiday.label }),
      });
      continue;
    }
    const settlingAfter = settling.get(day);
    if (settlingAfter) {
      skipped.push({
        date,
        code: 'settling',
        text: t('planner.skipped.settling', { count: settleDays, holiday: settlingAfter.label }),
      });
      continue;
    }
    const range = zonedRange(date, startTime, endTime);
    if (!range.ok) {
      skipped.push({ date, code: 'nonexistent-time', text: range.message });
      if (!warnings.includes(range.message)) warnings.push(range.message);
      continue;
    }

    const covered = isCovered(day);
    const distance = day - target;
    const timing = distanceReason(basis, distance, halfYear, target);
    const reasons = [
      t('planner.reasons.weekday', { weekday: t(`planner.weekdays.${weekday}`) }),
      timing,
      t(covered ? 'planner.reasons.free' : 'planner.reasons.freeUnknown', {
        region: t(`settings.regions.${options.region ?? 'noord'}`),
      }),
    ];
    const { near, cautions } = nearby(day, spans, publicByDay);
    if (!covered) cautions.push(t('planner.cautions.uncovered'));
    // Schools close the year in that week (reports, excursions, farewells): any ordinary week comes first.
    const lastWeekBeforeSummer = spans.some(
      (span) => span.kind === 'zomer' && span.start > day && span.start - day <= LAST_WEEK_DAYS,
    );
    if (lastWeekBeforeSummer) cautions.push(t('planner.cautions.lastWeekBeforeSummer'));
    candidates.push({
      day,
      date,
      startsAt: range.startsAt,
      endsAt: range.endsAt,
      distanceDays: distance,
      covered,
      reasons,
      timing,
      lastWeekBeforeSummer,
      near,
      cautions,
    });
  }

  candidates.sort(
    (a, b) =>
      Number(a.lastWeekBeforeSummer) - Number(b.lastWeekBeforeSummer) ||
      Math.abs(a.distanceDays) - Math.abs(b.distanceDays) ||
      a.day - b.day,
  );
  if (candidates.length === 0) {
    warnings.push(
      t('planner.warnings.noCandidates', {
        from: formatDate(toYmd(window.from)),
        to: formatDate(toYmd(window.to)),
      }),
    );
  }

  return {
    candidates: candidates.slice(0, Math.max(0, count)).map(({ day: _day, ...candidate }) => candidate),
    warnings,
    skipped,
    target: toYmd(target),
    basis,
    halfYear,
    window: { from: toYmd(window.from), to: toYmd(window.to) },
    coverage: coverage.map((c) => ({ from: toYmd(c.from), to: toYmd(c.to) })),
  };
}

function distanceReason(
  basis: 'previous' | 'halfYear',
  distance: number,
  halfYear: HalfYear,
  target: number,
) {
  const days = daysText(Math.abs(distance));
  if (basis === 'previous') {
    if (distance === 0) return t('planner.reasons.previousExact');
    return t(distance > 0 ? 'planner.reasons.previousLater' : 'planner.reasons.previousEarlier', { days });
  }
  const label = halfYearLabel(halfYear);
  if (distance === 0) return t('planner.reasons.middleExact', { halfYear: label });
  return t(distance > 0 ? 'planner.reasons.middleLater' : 'planner.reasons.middleEarlier', {
    days,
    halfYear: label,
    middle: formatDate(toYmd(target)),
  });
}

/** The nearest school holiday before and after `day` (within four weeks) and an adjacent public holiday. */
function nearby(
  day: number,
  spans: readonly HolidaySpan[],
  publicByDay: ReadonlyMap<number, string>,
): { near: string[]; cautions: string[] } {
  const near: string[] = [];
  const cautions: string[] = [];
  let before: HolidaySpan | undefined;
  let after: HolidaySpan | undefined;
  for (const span of spans) {
    if (span.end < day && day - span.end <= NEAR_DAYS && (!before || span.end > before.end)) before = span;
    if (span.start > day && span.start - day <= NEAR_DAYS && (!after || span.start < after.start))
      after = span;
  }
  if (before) near.push(gapText(day - before.end, 'after', before.label));
  if (after) near.push(gapText(after.start - day, 'before', after.label));
  const yesterday = publicByDay.get(day - 1);
  const tomorrow = publicByDay.get(day + 1);
  if (yesterday !== undefined) near.push(t('planner.near.dayAfterPublic', { name: yesterday }));
  if (tomorrow !== undefined) near.push(t('planner.near.dayBeforePublic', { name: tomorrow }));
  for (const span of [before, after]) {
    if (!span?.advisory) continue;
    const gap = span === before ? day - span.end : span.start - day;
    if (gap <= ADVISORY_SHIFT_DAYS) cautions.push(t('planner.cautions.advisory', { holiday: span.label }));
  }
  return { near, cautions };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
