// School holidays as the planner reads them: day-number spans, the periods the table covers, and the gaps in it.
import { t } from '../locale/index.js';
import { parseDay, toYmd } from '../shared/calendar-days.js';
import { formatDate } from '../shared/dates.js';
import type { HolidayKind, SchoolHoliday } from './holidays.data.js';

/** A run of whole days (day numbers, inclusive). */
export interface Span {
  from: number;
  to: number;
}

export interface HolidaySpan {
  readonly kind: HolidayKind;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly advisory: boolean;
}

/** `herfstvakantie`, `kerstvakantie`, …: the name pages and planner texts give a holiday kind. */
export function holidayKindLabel(kind: string): string {
  return t(`planner.kinds.${kind}`);
}

/** The first holiday whose dates are not real dates or end before they start; the planner refuses such a table. */
export function invalidHoliday(holidays: readonly SchoolHoliday[]): SchoolHoliday | undefined {
  return holidays.find((h) => {
    const start = parseDay(h.startDate);
    const end = parseDay(h.endDate);
    return start === null || end === null || end < start;
  });
}

/** The holidays as day spans, earliest first; `holidays` passed `invalidHoliday`. */
export function holidaySpans(holidays: readonly SchoolHoliday[]): HolidaySpan[] {
  return holidays
    .map((h) => ({
      kind: h.kind,
      label: holidayKindLabel(h.kind),
      start: parseDay(h.startDate) ?? 0,
      end: parseDay(h.endDate) ?? 0,
      advisory: h.advisory,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The periods the table speaks for: each school year from its first to its last holiday, joined
 * with the next school year when that one is present too (the weeks between are school weeks).
 * Before the first holiday of the first year we know nothing (the previous zomervakantie is missing).
 */
export function coverageOf(holidays: readonly SchoolHoliday[]): Span[] {
  const years = new Map<string, Span>();
  for (const h of holidays) {
    // Already checked by invalidHoliday.
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

/** The parts of `window` no coverage period speaks for. */
export function uncoveredParts(window: Span, coverage: readonly Span[]): Span[] {
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

/** The Dutch warning for an uncovered part: after the data, before it, or a gap in it. */
export function coverageWarning(part: Span, coverage: readonly Span[]): string {
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
