// Validation of the school-holiday form (pure): the coordinator corrects or extends a region's table.
import { type HolidayKind, type HolidayRegion, holidayKinds, holidayRegions } from '../db/schema/index.js';
import type { Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { DAY_MS, isCalendarDate } from '../shared/calendar-days.js';
import type { FieldErrors } from '../shared/field-errors.js';

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
/** The longest holiday in the table is the zomervakantie of six weeks; ten weeks means a typing error. */
const MAX_DAYS = 70;

export interface HolidayValues {
  region: HolidayRegion;
  schoolYear: string;
  kind: HolidayKind;
  startDate: string;
  endDate: string;
  advisory: boolean;
}

export function validateHoliday(form: Record<string, string>): Validated<HolidayValues> {
  const errors: FieldErrors = {};
  const schoolYear = form.schoolYear ?? '';
  const year = SCHOOL_YEAR.exec(schoolYear);
  const first = Number(year?.[1]);
  if (!year || Number(year[2]) !== first + 1) errors.schoolYear = t('holidays.errors.schoolYear');

  const region = holidayRegions.find((value) => value === form.region);
  if (!region) errors.region = t('holidays.errors.region');
  const kind = holidayKinds.find((value) => value === form.kind);
  if (!kind) errors.kind = t('holidays.errors.kind');

  const startDate = form.startDate ?? '';
  const endDate = form.endDate ?? '';
  if (!isCalendarDate(startDate)) errors.startDate = t('holidays.errors.startDate');
  if (!isCalendarDate(endDate)) errors.endDate = t('holidays.errors.endDate');
  else if (!errors.startDate) {
    const days = (Date.parse(endDate) - Date.parse(startDate)) / DAY_MS + 1;
    if (days < 1) errors.endDate = t('holidays.errors.endBeforeStart');
    else if (days > MAX_DAYS) errors.endDate = t('holidays.errors.tooLong', { max: MAX_DAYS });
  }
  // A school year runs from the summer of its first year to the summer of the next.
  if (year && !errors.schoolYear && !errors.startDate && !errors.endDate) {
    const from = `${first}-08-01`;
    const to = `${first + 1}-09-30`;
    if (startDate < from || endDate > to) errors.startDate = t('holidays.errors.outsideYear', { schoolYear });
  }

  if (!kind || !region || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { region, schoolYear, kind, startDate, endDate, advisory: form.advisory === 'on' },
  };
}
