// The planner per school-holiday region: each region's shipped table keeps the planner out of that region's holidays
// only (the planner page's use of the installation's region: test/polls/planner-regions.routes.test.ts).
import { describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS } from '../../src/meetings/holidays.data.js';
import type { HolidayRegion } from '../../src/meetings/planner.js';
import { planCandidates } from '../helpers/planner.js';

/** Every Tuesday and Thursday of the first half of 2026 the planner proposes for a region. */
function proposed(region: HolidayRegion): string[] {
  return planCandidates({
    now: '2026-01-05T09:00:00Z',
    halfYear: { year: 2026, half: 1 },
    holidays: SCHOOL_HOLIDAYS[region],
    region,
    weekdays: [2, 4],
    count: 200,
    windowDays: 200,
  }).candidates.map((candidate) => candidate.date);
}

describe('the voorjaarsvakantie 2026 per region', () => {
  // Midden and Zuid: 14–22 February; Noord: 21 February – 1 March (Rijksoverheid advice dates).
  it('proposes a date in Midden’s holiday for Noord, and not for Midden or Zuid', () => {
    expect(proposed('noord')).toContain('2026-02-17');
    expect(proposed('midden')).not.toContain('2026-02-17');
    expect(proposed('zuid')).not.toContain('2026-02-17');
  });

  it('proposes a date in Noord’s holiday for Midden, and not for Noord', () => {
    expect(proposed('midden')).toContain('2026-02-26');
    expect(proposed('noord')).not.toContain('2026-02-26');
  });

  it('names the region in its reasons and skips', () => {
    const plan = planCandidates({
      now: '2026-01-05T09:00:00Z',
      halfYear: { year: 2026, half: 1 },
      holidays: SCHOOL_HOLIDAYS.midden,
      region: 'midden',
      weekdays: [2],
      count: 200,
      windowDays: 200,
    });
    expect(plan.candidates[0]?.reasons).toContain('geen schoolvakantie (regio Midden) en geen feestdag');
    expect(plan.skipped.find((skip) => skip.date === '2026-02-17')?.text).toBe('in de voorjaarsvakantie');
  });
});

describe('the zomervakantie 2028 per region', () => {
  // Midden: 8 July – 20 August; Zuid: 22 July – 3 September 2028 (Rijksoverheid, checked).
  it('keeps each region out of its own summer only', () => {
    const plan = (region: HolidayRegion) =>
      planCandidates({
        now: '2028-06-01T09:00:00Z',
        halfYear: { year: 2028, half: 2 },
        holidays: SCHOOL_HOLIDAYS[region],
        region,
        weekdays: [2],
        count: 200,
        windowDays: 200,
      }).candidates.map((candidate) => candidate.date);
    // Tuesday 11 July 2028: Midden is off, Zuid still at school.
    expect(plan('zuid')).toContain('2028-07-11');
    expect(plan('midden')).not.toContain('2028-07-11');
    // Tuesday 29 August 2028: Zuid is off, Midden back at school for a week (past its settling days).
    expect(plan('midden')).toContain('2028-08-29');
    expect(plan('zuid')).not.toContain('2028-08-29');
  });
});
