// {{meetingWhen startsAt endsAt}}, {{date value}}, {{dateTime value}}: Dutch dates in Europe/Amsterdam.
import { formatDate, formatDateTime, formatMeetingWhen } from '../../shared/dates.js';

export function meetingWhenHelper(startsAt: string, endsAt: string): string {
  return formatMeetingWhen(startsAt, endsAt);
}

export function dateHelper(value: string | null | undefined): string {
  return value ? formatDate(value) : '';
}

export function dateTimeHelper(value: string | null | undefined): string {
  return value ? formatDateTime(value) : '';
}
