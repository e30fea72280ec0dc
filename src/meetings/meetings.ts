// Pure core of the meeting lifecycle: form validation (Amsterdam times, DST gap), status transitions, recorded changes.
import type { MeetingChangeKind, MeetingStatus } from '../db/schema/index.js';
import { checkText, textError, type Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import type { GuardedField } from '../privacy/guard.js';
import { isCalendarDate } from '../shared/calendar-days.js';
import {
  amsterdamDatePlus,
  daysUntil,
  formatDate,
  formatMeetingWhen,
  formatMonthYear,
  toAmsterdamDate,
  toLocalInputValues,
  zonedInstant,
} from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';

const MAX_TITLE = 120;
const MAX_LOCATION = 200;
const MAX_URL = 500;
/** A meeting lies at most this many years before or after today: a date outside is a typing error. */
const MEETING_YEARS = 5;
const URL_PATTERN = /^https:\/\/[^\s/$.?#][^\s]*$/i;

/** Topics can be sent in until 23:59 (Amsterdam) of the day three weeks before the meeting. */
export const TOPIC_DEADLINE_DAYS = 21;
export const TOPIC_DEADLINE_TIME = '23:59';

export interface MeetingValues {
  title: string;
  /** ISO UTC instants */
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  /** ISO UTC instant: 23:59 Amsterdam on the deadline day. */
  topicDeadline: string;
}

/** The fields of the meeting form, as the browser sends them. */
export interface MeetingForm {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  location?: string;
  onlineUrl?: string;
  topicDeadline?: string;
}

/** 23:59 in Amsterdam on `date`; that time exists on every day of the year. */
function endOfDay(date: string): string {
  const result = zonedInstant(date, TOPIC_DEADLINE_TIME);
  if (!result.ok) throw new RangeError(`No end of day for ${date}`);
  return result.iso;
}

/** The default topic deadline: the end of the day three weeks before the meeting's Amsterdam date. */
export function defaultTopicDeadline(startsAt: string): string {
  return endOfDay(amsterdamDatePlus(toAmsterdamDate(startsAt), -TOPIC_DEADLINE_DAYS));
}

/**
 * Validates the meeting form. `requirePlace` is set when the meeting is (or becomes) gepland: invitees need to
 * know where to go, so a location or an online link is then required. An empty deadline means the default.
 */
export function validateMeeting(
  form: MeetingForm,
  options: { requirePlace: boolean; now: Date },
): Validated<MeetingValues> {
  const errors: FieldErrors = {};
  const title = form.title ?? '';
  if (!title) errors.title = t('meetings.errors.titleRequired');
  else checkText(errors, 'title', title, { max: MAX_TITLE, singleLine: true });

  const date = form.date ?? '';
  let startsAt: string | null = null;
  let endsAt: string | null = null;
  if (!date) errors.date = t('meetings.errors.dateRequired');
  else if (!isCalendarDate(date)) errors.date = t('planner.errors.invalidDate');
  else if (outsideMeetingYears(date, options.now)) errors.date = meetingYearsMessage(options.now);
  else {
    const start = zonedInstant(date, form.startTime ?? '');
    const end = zonedInstant(date, form.endTime ?? '');
    if (!start.ok && start.error === 'invalid-date') errors.date = start.message;
    else {
      if (start.ok) startsAt = start.iso;
      else errors.startTime = form.startTime ? start.message : t('meetings.errors.startTimeRequired');
      if (end.ok) endsAt = end.iso;
      else errors.endTime = form.endTime ? end.message : t('meetings.errors.endTimeRequired');
      if (startsAt && endsAt && endsAt <= startsAt) errors.endTime = t('planner.errors.endBeforeStart');
    }
  }

  const location = form.location ?? '';
  checkText(errors, 'location', location, { max: MAX_LOCATION, singleLine: true });
  const onlineUrl = form.onlineUrl ?? '';
  if (
    onlineUrl &&
    (!URL_PATTERN.test(onlineUrl) || textError(onlineUrl, { max: MAX_URL, singleLine: true }))
  ) {
    errors.onlineUrl = t('meetings.errors.onlineUrlInvalid');
  }
  if (options.requirePlace && !location && !onlineUrl && !errors.location) {
    errors.location = t('meetings.errors.placeRequired');
  }

  let topicDeadline: string | null = null;
  const deadlineDate = form.topicDeadline ?? '';
  if (deadlineDate) {
    const deadline = zonedInstant(deadlineDate, TOPIC_DEADLINE_TIME);
    if (!deadline.ok) errors.topicDeadline = t('planner.errors.invalidDate');
    else if (startsAt && deadline.iso >= startsAt)
      errors.topicDeadline = t('meetings.errors.deadlineAfterStart');
    else topicDeadline = deadline.iso;
  } else if (startsAt) topicDeadline = defaultTopicDeadline(startsAt);

  if (Object.keys(errors).length > 0 || !startsAt || !endsAt || !topicDeadline) return { ok: false, errors };
  return { ok: true, value: { title, startsAt, endsAt, location, onlineUrl, topicDeadline } };
}

function meetingYears(now: Date): { from: number; to: number } {
  const year = Number(toAmsterdamDate(now).slice(0, 4));
  return { from: year - MEETING_YEARS, to: year + MEETING_YEARS };
}

function outsideMeetingYears(date: string, now: Date): boolean {
  const { from, to } = meetingYears(now);
  const year = Number(date.slice(0, 4));
  return year < from || year > to;
}

function meetingYearsMessage(now: Date): string {
  return t('meetings.errors.dateRange', meetingYears(now));
}

/** The meeting's free text for the privacy guard: title and location go out in every invitation. */
export function meetingTextFields(form: { title?: string; location?: string }): GuardedField[] {
  return [
    { name: 'title', label: t('meetings.form.title'), value: form.title ?? '' },
    { name: 'location', label: t('meetings.form.location'), value: form.location ?? '' },
  ];
}

/** The form values that show a stored meeting; a default deadline is left empty, so it moves along with the date. */
export function meetingFormValues(meeting: MeetingValues): Required<MeetingForm> {
  const start = toLocalInputValues(meeting.startsAt);
  const end = toLocalInputValues(meeting.endsAt);
  const isDefault = meeting.topicDeadline === defaultTopicDeadline(meeting.startsAt);
  return {
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    topicDeadline: isDefault ? '' : toAmsterdamDate(meeting.topicDeadline),
  };
}

/**
 * "Ketenoverleg Veilige School – oktober 2026": the title a meeting made from the planner or a poll starts with.
 * Without a date (the new-meeting form, which cannot follow the date field without JavaScript) it has no month.
 */
export function defaultMeetingTitle(startsAt?: string): string {
  const title = t('meetings.defaultTitle');
  if (startsAt === undefined) return title;
  return t('meetings.defaultTitleMonth', { title, month: formatMonthYear(startsAt) });
}

// ---------------------------------------------------------------------------------------------
// Status.

/**
 * The only status changes there are. A concept can be planned or dropped; a planned meeting is held or cancelled.
 * Held and cancelled are final: a cancelled meeting gets a new meeting rather than a second life, so invitees
 * never see one calendar event cancelled and revived.
 */
export const meetingTransitions: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  concept: ['gepland', 'geannuleerd'],
  gepland: ['gehouden', 'geannuleerd'],
  gehouden: [],
  geannuleerd: [],
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(
  meeting: { status: MeetingStatus; startsAt: string; location: string; onlineUrl: string },
  to: MeetingStatus,
  now: Date,
): TransitionCheck {
  if (!meetingTransitions[meeting.status].includes(to)) {
    return {
      ok: false,
      message: t('meetings.errors.transition', {
        from: t(`meetings.status.${meeting.status}`),
        to: t(`meetings.status.${to}`),
      }),
    };
  }
  if (to === 'gehouden' && now.toISOString() < meeting.startsAt) {
    return { ok: false, message: t('meetings.errors.notYetHeld') };
  }
  if (to === 'gepland' && !meeting.location && !meeting.onlineUrl) {
    return { ok: false, message: t('meetings.errors.planWithoutPlace') };
  }
  return { ok: true };
}

/** Meetings that are still ahead, neither held nor cancelled: they can be changed and take deferred topics. */
export const MEETING_STATUSES_AHEAD: readonly MeetingStatus[] = ['concept', 'gepland'];

/** Only concepts and planned meetings can still be changed; held and cancelled meetings are history. */
export function isEditable(status: MeetingStatus): boolean {
  return MEETING_STATUSES_AHEAD.includes(status);
}

/** Reasons to cancel, as a choice rather than free text: the cancellation goes to every invitee. */
export const cancelReasons = [
  'te-weinig-agendapunten',
  'partners-niet-beschikbaar',
  'nieuwe-datum',
  'overmacht',
  'anders',
] as const;
export type CancelReason = (typeof cancelReasons)[number];

export function validateCancelReason(value: string | undefined): Validated<CancelReason> {
  const reason = cancelReasons.find((code) => code === value);
  return reason
    ? { ok: true, value: reason }
    : { ok: false, errors: { reason: t('meetings.errors.reasonRequired') } };
}

// ---------------------------------------------------------------------------------------------
// Recorded changes.

export interface MeetingPlace {
  location: string;
  onlineUrl: string;
}

export interface MeetingTime {
  startsAt: string;
  endsAt: string;
}

/** The changes invitees are told about (a first invitation, an update or a cancel); `notifiedAt` marks them done. */
export const NOTIFIABLE_CHANGES: readonly MeetingChangeKind[] = ['planned', 'time', 'place', 'cancelled'];
/** What schools and partners see in a meeting's history: what changed for them, not that it was created or planned. */
export const CHANGES_SHOWN_TO_MEMBERS: readonly MeetingChangeKind[] = ['time', 'place', 'cancelled'];

export interface MeetingChange {
  kind: MeetingChangeKind;
  /** Stored as JSON: before/after of times or place, or the cancel reason code; never free text of users. */
  details: Record<string, unknown>;
}

/**
 * What changed in a planned meeting, for the invitations to send an update from. Changes to a concept are not
 * recorded: nobody has been told about it yet. The title and deadline are not calendar changes either.
 */
export function changesBetween(
  before: MeetingTime & MeetingPlace & { status: MeetingStatus },
  after: MeetingTime & MeetingPlace,
): MeetingChange[] {
  if (before.status !== 'gepland') return [];
  const changes: MeetingChange[] = [];
  if (before.startsAt !== after.startsAt || before.endsAt !== after.endsAt) {
    changes.push({
      kind: 'time',
      details: {
        before: { startsAt: before.startsAt, endsAt: before.endsAt },
        after: { startsAt: after.startsAt, endsAt: after.endsAt },
      },
    });
  }
  if (before.location !== after.location || before.onlineUrl !== after.onlineUrl) {
    changes.push({
      kind: 'place',
      details: {
        before: { location: before.location, onlineUrl: before.onlineUrl },
        after: { location: after.location, onlineUrl: after.onlineUrl },
      },
    });
  }
  return changes;
}

/**
 * The iCalendar SEQUENCE after these changes (ICAL.md point 7): 0 on the first send, +1 for every update and
 * for the cancel. Before any invitation went out there is nothing to update, so the first send stays at 0.
 */
export function sequenceAfter(
  current: number,
  changes: readonly MeetingChange[],
  invitationsSent: boolean,
): number {
  const notifiable = changes.some(
    (change) => change.kind === 'time' || change.kind === 'place' || change.kind === 'cancelled',
  );
  return invitationsSent && notifiable ? current + 1 : current;
}

/** One line of the change history on the meeting page (Dutch). */
export function describeChange(kind: MeetingChangeKind, detailsJson: string): string {
  const details = parseDetails(detailsJson);
  switch (kind) {
    case 'time': {
      const before = details.before as MeetingTime | undefined;
      const after = details.after as MeetingTime | undefined;
      if (!before || !after) return t('meetings.history.timeChanged');
      return t('meetings.history.time', {
        before: formatMeetingWhen(before.startsAt, before.endsAt),
        after: formatMeetingWhen(after.startsAt, after.endsAt),
      });
    }
    case 'place': {
      const before = details.before as MeetingPlace | undefined;
      const after = details.after as MeetingPlace | undefined;
      if (!before || !after) return t('meetings.history.placeChanged');
      return t('meetings.history.place', { before: placeText(before), after: placeText(after) });
    }
    case 'cancelled': {
      const reason = details.reason as string | undefined;
      return reason
        ? t('meetings.history.cancelledBecause', { reason: t(`meetings.cancelReasons.${reason}`) })
        : t('meetings.history.cancelled');
    }
    default:
      return t(`meetings.history.${kind}`);
  }
}

function placeText(place: MeetingPlace): string {
  const parts = [place.location, place.onlineUrl ? t('meetings.history.online') : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' + ') : t('meetings.history.noPlace');
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------
// The topic deadline as people read it.

export type DeadlineState = 'open' | 'today' | 'passed';

export function deadlineState(daysLeft: number, now: Date, deadline: string): DeadlineState {
  if (now.toISOString() > deadline) return 'passed';
  return daysLeft <= 0 ? 'today' : 'open';
}

/** "nog 12 dagen (tot en met dinsdag 24 maart 2026)" and its variants. */
export function deadlineText(state: DeadlineState, daysLeft: number, deadline: string): string {
  const date = formatDate(deadline);
  if (state === 'passed') return t('meetings.deadline.passed', { date });
  if (state === 'today') return t('meetings.deadline.today', { date });
  return t('meetings.deadline.days', { count: daysLeft, date });
}

/** A meeting as pages show it: the Dutch date line, the status label and the topic deadline in words. */
export function presentMeeting<
  M extends {
    startsAt: string;
    endsAt: string;
    topicDeadline: string;
    status: MeetingStatus;
    cancelReason: string | null;
  },
>(meeting: M, now: Date) {
  const daysLeft = daysUntil(now, meeting.topicDeadline);
  const state = deadlineState(daysLeft, now, meeting.topicDeadline);
  return {
    ...meeting,
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    statusLabel: t(`meetings.status.${meeting.status}`),
    isOpen: meeting.status === 'concept' || meeting.status === 'gepland',
    daysLeft,
    deadlineState: state,
    deadlineText: deadlineText(state, daysLeft, meeting.topicDeadline),
    cancelReasonLabel: meeting.cancelReason ? t(`meetings.cancelReasons.${meeting.cancelReason}`) : '',
  };
}

/** How many calendar years of past meetings the list shows before linking to each older year. */
export const PAST_YEARS_SHOWN = 2;

/**
 * The past meetings (newest first) the list shows, grouped by the Amsterdam year they started in: the current and
 * previous year, or the one asked-for year; the other years are links. So the list stays as short with ten years of
 * history as with one.
 */
export function pastByYear<M extends { startsAt: string }>(
  past: readonly M[],
  now: Date,
  year: number | null,
) {
  const yearOf = (meeting: M) => Number(toAmsterdamDate(meeting.startsAt).slice(0, 4));
  const current = Number(toAmsterdamDate(now).slice(0, 4));
  const shown = (y: number) => (year === null ? y > current - PAST_YEARS_SHOWN : y === year);
  const groups = new Map<number, M[]>();
  const otherYears = new Set<number>();
  for (const meeting of past) {
    const y = yearOf(meeting);
    if (!shown(y)) {
      otherYears.add(y);
      continue;
    }
    const group = groups.get(y) ?? [];
    group.push(meeting);
    groups.set(y, group);
  }
  return {
    years: [...groups].map(([y, meetings]) => ({ year: y, meetings })),
    otherYears: [...otherYears].sort((a, b) => b - a),
  };
}
