// Pure core of the half-yearly date planner: candidate dates avoiding school and public holidays, with reasons.
// Three stages, each its own function: the window (target and the dates searched), the exclusions (which preferred
// weekdays in it are left out, and why) and the ranking (the dates left, described and ordered).
import { t } from '../locale/index.js';
import { isoWeekday, monthOf, parseDay, plusMonths, toYmd, yearOf } from '../shared/calendar-days.js';
import { type DateInput, formatDate, isTimeOfDay, toAmsterdamDate, zonedRange } from '../shared/dates.js';
import type { HolidayRegion, SchoolHoliday } from './holidays.data.js';
import type { PublicHolidayLookup } from './public-holidays.js';
import {
  coverageOf,
  coverageWarning,
  type HolidaySpan,
  holidayKindLabel,
  holidaySpans,
  invalidHoliday,
  type Span,
  uncoveredParts,
} from './school-holidays.js';

export type { HolidayKind, HolidayRegion, SchoolHoliday } from './holidays.data.js';

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
  /** One lookup per owner (see `createPublicHolidays`): it memoises the years it has computed. */
  readonly publicHolidays: PublicHolidayLookup;
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
// Half-years.

function halfYearOf(day: number): HalfYear {
  return { year: yearOf(day), half: monthOf(day) <= 6 ? 1 : 2 };
}

function halfYearBounds(h: HalfYear): { start: number; end: number; middle: number } {
  const start = parseDay(`${h.year}-${h.half === 1 ? '01' : '07'}-01`) ?? 0;
  const end = (parseDay(`${h.half === 1 ? h.year : h.year + 1}-${h.half === 1 ? '07' : '01'}-01`) ?? 0) - 1;
  // 1 April and 1 October: the middle of each half, near enough, and easy to explain.
  const middle = parseDay(`${h.year}-${h.half === 1 ? '04' : '10'}-01`) ?? 0;
  return { start, end, middle };
}

function nextHalfYear(day: number): HalfYear {
  const current = halfYearOf(day);
  return current.half === 1 ? { year: current.year, half: 2 } : { year: current.year + 1, half: 1 };
}

// ---------------------------------------------------------------------------------------------
// The planner: settings → window → exclusions → ranking.

/** The options with their defaults filled in, checked. */
export interface PlanSettings {
  readonly weekdays: readonly number[];
  readonly startTime: string;
  readonly endTime: string;
  readonly count: number;
  readonly windowDays: number;
  readonly minLeadDays: number;
  readonly settleDays: number;
  readonly region: HolidayRegion;
  readonly publicHolidays: PublicHolidayLookup;
}

export function planSettings(options: PlanOptions): PlanSettings {
  const settings: PlanSettings = {
    weekdays: options.weekdays ?? PLANNER_DEFAULTS.weekdays,
    startTime: options.startTime ?? PLANNER_DEFAULTS.startTime,
    endTime: options.endTime ?? PLANNER_DEFAULTS.endTime,
    count: options.count ?? PLANNER_DEFAULTS.count,
    windowDays: options.windowDays ?? PLANNER_DEFAULTS.windowDays,
    minLeadDays: options.minLeadDays ?? PLANNER_DEFAULTS.minLeadDays,
    settleDays: options.settleDays ?? PLANNER_DEFAULTS.settleDays,
    region: options.region ?? 'noord',
    publicHolidays: options.publicHolidays,
  };
  const { weekdays, startTime, endTime } = settings;
  if (weekdays.length === 0 || weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7)) {
    throw new PlannerInputError('invalid-weekdays', t('planner.errors.invalidWeekdays'));
  }
  if (!isTimeOfDay(startTime) || !isTimeOfDay(endTime)) {
    throw new PlannerInputError('invalid-time', t('planner.errors.invalidTime'));
  }
  if (endTime <= startTime) {
    throw new PlannerInputError('end-before-start', t('planner.errors.endBeforeStart'));
  }
  return settings;
}

/** Stage 1: the target date and the days to search around it (day numbers). */
export interface PlanWindow {
  readonly target: number;
  readonly basis: 'previous' | 'halfYear';
  readonly halfYear: HalfYear;
  readonly window: Span;
  /** Set when the target lies too close or in the past, so the window moved to the first possible dates. */
  readonly warnings: readonly string[];
}

/** The Amsterdam day of an instant, or null when it is not one. */
function dayOf(input: DateInput): number | null {
  try {
    return parseDay(toAmsterdamDate(input));
  } catch {
    return null;
  }
}

/**
 * The target is six months after the previous meeting when that falls in the half-year planned for, else the
 * middle of the half-year. The window is `windowDays` either side of it, never before `minLeadDays` from now.
 */
export function planWindow(
  options: Pick<PlanOptions, 'now' | 'previousMeetingStart' | 'halfYear'>,
  settings: Pick<PlanSettings, 'windowDays' | 'minLeadDays'>,
): PlanWindow {
  const { windowDays } = settings;
  const today = dayOf(options.now);
  if (today === null) throw new PlannerInputError('invalid-now', t('planner.errors.invalidNow'));
  const earliest = today + settings.minLeadDays;

  let previousTarget: number | null = null;
  if (options.previousMeetingStart) {
    const previous = dayOf(options.previousMeetingStart);
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

  // "About six months after the last meeting" may cross into the neighbouring half-year (a target early in July
  // also looks at June, before the summer holiday); an explicitly chosen half-year keeps to its own months.
  const keepToHalfYear = options.halfYear !== undefined || basis === 'halfYear';
  const window: Span = {
    from: Math.max(target - windowDays, keepToHalfYear ? bounds.start : earliest, earliest),
    to: keepToHalfYear ? Math.min(target + windowDays, bounds.end) : target + windowDays,
  };
  if (window.from <= window.to) return { target, basis, halfYear, window, warnings: [] };
  // The whole window lies in the past or too close: offer the first possible dates instead.
  const warning =
    basis === 'previous'
      ? t('planner.warnings.targetPassedPrevious', {
          target: formatDate(toYmd(target)),
          earliest: formatDate(toYmd(earliest)),
        })
      : t('planner.warnings.targetPassedHalfYear', {
          halfYear: capitalise(halfYearLabel(halfYear)),
          earliest: formatDate(toYmd(earliest)),
        });
  return {
    target,
    basis,
    halfYear,
    window: { from: earliest, to: earliest + 2 * windowDays },
    warnings: [warning],
  };
}

/** What the planner knows about the days around a window: school holidays, public holidays, data coverage. */
export interface HolidayCalendar {
  readonly spans: readonly HolidaySpan[];
  /** Public holiday names by day number. */
  readonly publicByDay: ReadonlyMap<number, string>;
  readonly coverage: readonly Span[];
  /** The parts of the window the school-holiday table does not cover. */
  readonly uncovered: readonly Span[];
}

/** A preferred weekday in the window that is not excluded: its start and end in Amsterdam, as instants. */
export interface OpenDate {
  readonly day: number;
  readonly date: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/** Stage 2: which preferred weekdays of the window are left out, and why. */
export interface PlanExclusions {
  readonly open: readonly OpenDate[];
  readonly skipped: readonly SkippedDate[];
  /** Coverage gaps of the holiday table, then times that do not exist on a date (the DST gap). */
  readonly warnings: readonly string[];
  readonly calendar: HolidayCalendar;
}

/**
 * Leaves out public holidays, school holidays and the settling days after a long holiday, and dates on which the
 * meeting's time does not exist. Throws `invalid-holiday` for a table with impossible dates.
 */
export function planExclusions(
  window: Span,
  holidays: readonly SchoolHoliday[],
  settings: Pick<PlanSettings, 'weekdays' | 'startTime' | 'endTime' | 'settleDays' | 'publicHolidays'>,
): PlanExclusions {
  const invalid = invalidHoliday(holidays);
  if (invalid) {
    throw new PlannerInputError(
      'invalid-holiday',
      t('planner.errors.invalidHoliday', {
        kind: holidayKindLabel(invalid.kind),
        schoolYear: invalid.schoolYear,
      }),
    );
  }
  const spans = holidaySpans(holidays);
  const coverage = coverageOf(holidays);
  const uncovered = uncoveredParts(window, coverage);
  const warnings = uncovered.map((part) => coverageWarning(part, coverage));

  // Public holidays of every year the window, the settling days and the "near" texts can touch.
  const publicByDay = new Map<number, string>();
  const firstYear = yearOf(window.from - NEAR_DAYS - 60);
  const lastYear = yearOf(window.to + NEAR_DAYS);
  for (let year = firstYear; year <= lastYear; year++) {
    for (const ph of settings.publicHolidays(year)) {
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
    for (let day = span.end + 1; found < settings.settleDays && day <= span.end + 60; day++) {
      if (isoWeekday(day) > 5 || publicByDay.has(day) || holidayAt(day)) continue;
      settling.set(day, span);
      found++;
    }
  }

  const open: OpenDate[] = [];
  const skipped: SkippedDate[] = [];
  const wanted = new Set(settings.weekdays);
  for (let day = window.from; day <= window.to; day++) {
    if (!wanted.has(isoWeekday(day))) continue;
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
        text: t('planner.skipped.settling', { count: settings.settleDays, holiday: settlingAfter.label }),
      });
      continue;
    }
    const range = zonedRange(date, settings.startTime, settings.endTime);
    if (!range.ok) {
      skipped.push({ date, code: 'nonexistent-time', text: range.message });
      if (!warnings.includes(range.message)) warnings.push(range.message);
      continue;
    }
    open.push({ day, date, startsAt: range.startsAt, endsAt: range.endsAt });
  }
  return { open, skipped, warnings, calendar: { spans, publicByDay, coverage, uncovered } };
}

/**
 * Stage 3: describes each open date (why it fits, nearby holidays, what to check) and orders them: ordinary school
 * weeks before the last week before the zomervakantie, then closest to the target, then the earlier date.
 */
export function rankCandidates(
  open: readonly OpenDate[],
  window: Pick<PlanWindow, 'target' | 'basis' | 'halfYear'>,
  calendar: HolidayCalendar,
  settings: Pick<PlanSettings, 'region'>,
): Candidate[] {
  const { spans, publicByDay, uncovered } = calendar;
  const described = open.map(({ day, date, startsAt, endsAt }) => {
    const covered = !uncovered.some((p) => day >= p.from && day <= p.to);
    const distance = day - window.target;
    const timing = distanceReason(window.basis, distance, window.halfYear, window.target);
    const reasons = [
      t('planner.reasons.weekday', { weekday: t(`planner.weekdays.${isoWeekday(day)}`) }),
      timing,
      t(covered ? 'planner.reasons.free' : 'planner.reasons.freeUnknown', {
        region: t(`settings.regions.${settings.region}`),
      }),
    ];
    const { near, cautions } = nearby(day, spans, publicByDay);
    if (!covered) cautions.push(t('planner.cautions.uncovered'));
    // Schools close the year in that week (reports, excursions, farewells): any ordinary week comes first.
    const lastWeekBeforeSummer = spans.some(
      (span) => span.kind === 'zomer' && span.start > day && span.start - day <= LAST_WEEK_DAYS,
    );
    if (lastWeekBeforeSummer) cautions.push(t('planner.cautions.lastWeekBeforeSummer'));
    const candidate: Candidate = {
      date,
      startsAt,
      endsAt,
      distanceDays: distance,
      covered,
      reasons,
      timing,
      lastWeekBeforeSummer,
      near,
      cautions,
    };
    return { day, candidate };
  });
  described.sort(
    (a, b) =>
      Number(a.candidate.lastWeekBeforeSummer) - Number(b.candidate.lastWeekBeforeSummer) ||
      Math.abs(a.candidate.distanceDays) - Math.abs(b.candidate.distanceDays) ||
      a.day - b.day,
  );
  return described.map(({ candidate }) => candidate);
}

/**
 * Suggests meeting dates for the next half-year, or about six months after the previous meeting.
 * Pure: `now`, the school holidays and the public holidays are all passed in; nothing reads the
 * clock, the database or the process time zone.
 */
export function planCandidates(options: PlanOptions): Plan {
  const settings = planSettings(options);
  const { target, basis, halfYear, window, warnings } = planWindow(options, settings);
  const exclusions = planExclusions(window, options.holidays, settings);
  const ranked = rankCandidates(exclusions.open, { target, basis, halfYear }, exclusions.calendar, settings);
  const noCandidates =
    ranked.length === 0
      ? [
          t('planner.warnings.noCandidates', {
            from: formatDate(toYmd(window.from)),
            to: formatDate(toYmd(window.to)),
          }),
        ]
      : [];
  return {
    candidates: ranked.slice(0, Math.max(0, settings.count)),
    warnings: [...warnings, ...exclusions.warnings, ...noCandidates],
    skipped: exclusions.skipped,
    target: toYmd(target),
    basis,
    halfYear,
    window: { from: toYmd(window.from), to: toYmd(window.to) },
    coverage: exclusions.calendar.coverage.map((c) => ({ from: toYmd(c.from), to: toYmd(c.to) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Texts.

function daysText(days: number): string {
  return days === 1 ? t('planner.days.one') : t('planner.days.other', { count: days });
}

function halfYearLabel(h: HalfYear): string {
  return t(`planner.halfYear.${h.half}`, { year: h.year });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
