// {{meetingWhen startsAt endsAt}}, {{date value}}, {{dateTime value}}: Dutch dates in Europe/Amsterdam.
import { formatDate, formatDateTime, formatMeetingWhen } from '../../shared/dates.js';

/**
 * The value to format, or null when there is none. A bare `{{date}}` (say, for a field named `date`) calls the
 * helper with only Handlebars' options object: say so, instead of failing deep inside the date library.
 */
function dateValue(helper: string, value: unknown): string | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || value instanceof Date) return value;
  throw new TypeError(
    `{{${helper}}} needs a date, as in {{${helper} startsAt}}; a field named "${helper}" is hidden by the helper: write {{this.${helper}}}`,
  );
}

export function meetingWhenHelper(startsAt: unknown, endsAt: unknown): string {
  const start = dateValue('meetingWhen', startsAt);
  const end = dateValue('meetingWhen', endsAt);
  return start && end ? formatMeetingWhen(start, end) : '';
}

export function dateHelper(value: unknown): string {
  const date = dateValue('date', value);
  return date ? formatDate(date) : '';
}

export function dateTimeHelper(value: unknown): string {
  const date = dateValue('dateTime', value);
  return date ? formatDateTime(date) : '';
}
