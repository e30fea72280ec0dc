// The planner as tests call it: with one memoised lookup of the Dutch public holidays per test file.
import {
  type PlanOptions as Options,
  type Plan,
  planCandidates as plan,
} from '../../src/meetings/planner.js';
import { createPublicHolidays } from '../../src/meetings/public-holidays.js';

export const dutchPublicHolidays = createPublicHolidays();

export type PlanOptions = Omit<Options, 'publicHolidays'> & Partial<Pick<Options, 'publicHolidays'>>;

export function planCandidates(options: PlanOptions): Plan {
  return plan({ publicHolidays: dutchPublicHolidays, ...options });
}
