// The agenda's functional core: which meeting takes topics, deadlines, triage transitions, merge rules, agenda
// timing and order, and the deadline reminder. Pure functions over plain data, `now` passed in.
import {
  type DesiredOutcome,
  desiredOutcomes,
  type MeetingStatus,
  type StandingItem,
  type TopicStatus,
} from '../db/schema/index.js';
import { checkText, textError, type Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { MEETING_STATUSES_AHEAD } from '../meetings/meetings.js';
import type { FieldErrors } from '../shared/field-errors.js';

export interface MeetingLike {
  id: number;
  status: MeetingStatus;
  startsAt: string;
  endsAt: string;
  topicDeadline: string;
}

export interface TopicLike {
  id: number;
  meetingId: number | null;
  status: TopicStatus;
}

// ---------------------------------------------------------------------------------------------------------------
// Which meeting takes topics, and until when

/**
 * Only a planned meeting takes topics: a concept meeting has no fixed date yet, so schools would write for a
 * meeting that may still move. The coordinator can still triage and build the agenda of a concept meeting.
 */
export const MEETING_STATUSES_TAKING_TOPICS: readonly MeetingStatus[] = ['gepland'];

/** After publishing, a changed agenda item is marked with the time, so the builder can offer "agenda gewijzigd". */
export function agendaChangeMark(meeting: { agendaPublishedAt: string | null }, now: Date): string | null {
  return meeting.agendaPublishedAt ? now.toISOString() : null;
}

/** Topics in these statuses are on the meeting's agenda: their themes bring optional partners in. */
export const ACCEPTED_TOPIC_STATUSES: readonly TopicStatus[] = ['geagendeerd', 'besproken'];

const time = (iso: string) => new Date(iso).getTime();

/** "The upcoming meeting": the earliest planned meeting that starts after `now`, or null. */
export function upcomingMeeting<M extends MeetingLike>(meetings: readonly M[], now: Date): M | null {
  return (
    [...meetings]
      .filter(
        (meeting) =>
          MEETING_STATUSES_TAKING_TOPICS.includes(meeting.status) && time(meeting.startsAt) > now.getTime(),
      )
      .sort((a, b) => time(a.startsAt) - time(b.startsAt))[0] ?? null
  );
}

/** The deadline is exclusive: at the deadline's instant it has passed. */
export function deadlinePassed(meeting: Pick<MeetingLike, 'topicDeadline'>, now: Date): boolean {
  return now.getTime() >= time(meeting.topicDeadline);
}

/** Whether members may still submit topics for (or move topics to) this meeting. */
export function acceptsTopics(meeting: MeetingLike, now: Date): boolean {
  return (
    MEETING_STATUSES_TAKING_TOPICS.includes(meeting.status) &&
    time(meeting.startsAt) > now.getTime() &&
    !deadlinePassed(meeting, now)
  );
}

/** The meeting a deferred topic goes to: the earliest meeting ahead that starts after this one, or null (later). */
export function nextMeetingAfter<M extends MeetingLike>(
  meetings: readonly M[],
  current: MeetingLike,
): M | null {
  return (
    [...meetings]
      .filter(
        (meeting) =>
          meeting.id !== current.id &&
          MEETING_STATUSES_AHEAD.includes(meeting.status) &&
          time(meeting.startsAt) > time(current.startsAt),
      )
      .sort((a, b) => time(a.startsAt) - time(b.startsAt))[0] ?? null
  );
}

// ---------------------------------------------------------------------------------------------------------------
// What a member may do with their organisation's topic

/** Statuses in which the submitting organisation may still change a topic (the coordinator has not settled it). */
export const MEMBER_EDITABLE_STATUSES: readonly TopicStatus[] = ['ingediend', 'doorgeschoven', 'geagendeerd'];

export type MemberBlock = 'deadline' | 'settled' | 'hasMerged' | 'published';

/**
 * Why a member may not edit the topic, or null. A topic for "a later meeting" has no deadline yet; a topic for a
 * meeting can be changed until that meeting's deadline.
 */
export function memberEditBlock(
  topic: TopicLike,
  meeting: MeetingLike | null,
  now: Date,
): MemberBlock | null {
  if (!MEMBER_EDITABLE_STATUSES.includes(topic.status)) return 'settled';
  if (meeting && deadlinePassed(meeting, now)) return 'deadline';
  return null;
}

/**
 * Withdrawing deletes the topic. Not when other topics were merged into it (they would lose their place), nor
 * when it is on an agenda that has been published (the coordinator has to take it off).
 */
export function memberWithdrawBlock(
  topic: TopicLike,
  meeting: MeetingLike | null,
  now: Date,
  context: { mergedCount: number; agendaPublished: boolean },
): MemberBlock | null {
  const block = memberEditBlock(topic, meeting, now);
  if (block) return block;
  if (context.mergedCount > 0) return 'hasMerged';
  if (topic.status === 'geagendeerd' && context.agendaPublished) return 'published';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Triage by the coordinator

/**
 * "Wacht op beoordeling": topics the coordinator still has to decide on for their meeting. That is a submitted
 * topic, and also a deferred one: deferring moves a topic to the next meeting (or to "later"), where it is decided
 * again. The start page's to-do, the topics overview and the triage page's open group all count these.
 */
export const AWAITING_TRIAGE_STATUSES: readonly TopicStatus[] = ['ingediend', 'doorgeschoven'];

export const awaitsTriage = (topic: { status: TopicStatus }): boolean =>
  AWAITING_TRIAGE_STATUSES.includes(topic.status);

/** How many of a meeting's topics await triage and how many are on its agenda, from its counts per status. */
export function triageCounts(counts: readonly { status: TopicStatus; n: number }[]) {
  const sum = (statuses: readonly TopicStatus[]) =>
    counts.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + row.n, 0);
  return { awaiting: sum(AWAITING_TRIAGE_STATUSES), accepted: sum(['geagendeerd']) };
}

export const triageActions = ['accept', 'merge', 'defer', 'decline'] as const;
export type TriageAction = (typeof triageActions)[number];

/** The triage transition table: from which statuses an action may be taken, and the status it leads to. */
export const triageTransitions: Record<TriageAction, { from: readonly TopicStatus[]; to: TopicStatus }> = {
  accept: { from: AWAITING_TRIAGE_STATUSES, to: 'geagendeerd' },
  merge: { from: ['ingediend', 'doorgeschoven', 'geagendeerd'], to: 'samengevoegd' },
  defer: { from: ['ingediend', 'doorgeschoven', 'geagendeerd'], to: 'doorgeschoven' },
  decline: { from: ['ingediend', 'doorgeschoven', 'geagendeerd'], to: 'afgewezen' },
};

export type TriageBlock = 'status' | 'otherMeeting' | 'notOnMeeting';

/**
 * Why the coordinator may not take `action` on `topic` while triaging meeting `meetingId`, or null. Topics for "a
 * later meeting" (meetingId null) can be accepted, merged or declined from any meeting's triage; deferring needs
 * the topic to belong to this meeting.
 */
export function triageBlock(action: TriageAction, topic: TopicLike, meetingId: number): TriageBlock | null {
  if (!triageTransitions[action].from.includes(topic.status)) return 'status';
  if (topic.meetingId !== null && topic.meetingId !== meetingId) return 'otherMeeting';
  if (action === 'defer' && topic.meetingId === null) return 'notOnMeeting';
  return null;
}

/** The actions the triage page offers for a topic. */
export function availableActions(topic: TopicLike, meetingId: number): TriageAction[] {
  return triageActions.filter((action) => triageBlock(action, topic, meetingId) === null);
}

export type MergeBlock = TriageBlock | 'self' | 'target';

/**
 * Merge rules: a topic merges into another topic of the same meeting that is still open (submitted, deferred or on
 * the agenda). Topics merged into the source move along to the target, so a merge never forms a chain.
 */
export function mergeBlock(source: TopicLike, target: TopicLike, meetingId: number): MergeBlock | null {
  const block = triageBlock('merge', source, meetingId);
  if (block) return block;
  if (source.id === target.id) return 'self';
  if (target.meetingId !== meetingId) return 'target';
  if (!['ingediend', 'doorgeschoven', 'geagendeerd'].includes(target.status)) return 'target';
  return null;
}

export function mergeTargets<T extends TopicLike>(
  source: TopicLike,
  candidates: readonly T[],
  meetingId: number,
): T[] {
  return candidates.filter((candidate) => mergeBlock(source, candidate, meetingId) === null);
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda order and timing

export const standingDefaults: readonly { standing: StandingItem; minutes: number }[] = [
  { standing: 'opening', minutes: 5 },
  { standing: 'verslag', minutes: 10 },
  { standing: 'afspraken', minutes: 15 },
  { standing: 'rondvraag', minutes: 10 },
  { standing: 'sluiting', minutes: 5 },
];

/** Accepted topics go before the closing standing items (rondvraag, sluiting), after everything else. */
export function insertionIndex(items: readonly { standing: StandingItem | null }[]): number {
  const index = items.findIndex((item) => item.standing === 'rondvraag' || item.standing === 'sluiting');
  return index === -1 ? items.length : index;
}

/** The order after moving `id` to `index` (0-based, clamped); unchanged when `id` is not in the list. */
export function moveTo<T>(order: readonly T[], id: T, index: number): T[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  const rest = order.filter((item) => item !== id);
  const to = Math.max(0, Math.min(rest.length, index));
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

export function moveBy<T>(order: readonly T[], id: T, direction: 'up' | 'down'): T[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  return moveTo(order, id, direction === 'up' ? from - 1 : from + 1);
}

export interface AgendaTiming<T> {
  items: (T & { startsAt: string; endsAt: string })[];
  /** When the last item ends. */
  endsAt: string;
  totalMinutes: number;
  /** Minutes the agenda runs past the meeting's end; 0 when it fits. */
  overrunMinutes: number;
}

/** Start and end of each item, from the meeting's start and the items' durations in order. */
export function timeAgenda<T extends { minutes: number }>(
  meeting: Pick<MeetingLike, 'startsAt' | 'endsAt'>,
  items: readonly T[],
): AgendaTiming<T> {
  let cursor = time(meeting.startsAt);
  const timed = items.map((item) => {
    const startsAt = new Date(cursor).toISOString();
    cursor += item.minutes * 60_000;
    return { ...item, startsAt, endsAt: new Date(cursor).toISOString() };
  });
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  const overrunMinutes = Math.max(0, Math.ceil((cursor - time(meeting.endsAt)) / 60_000));
  return { items: timed, endsAt: new Date(cursor).toISOString(), totalMinutes, overrunMinutes };
}

/**
 * Why a meeting's agenda cannot be published, or null: only a planned meeting's can. A concept may still move or
 * be dropped, so the invitees would get an agenda for a date that is not fixed; after a meeting is held or
 * cancelled, an agenda is news to nobody.
 */
export function agendaPublishBlock(status: MeetingStatus): Exclude<MeetingStatus, 'gepland'> | null {
  return status === 'gepland' ? null : status;
}

/**
 * How many minutes an agenda item may take in the builder, and a member may ask for a topic: the one source of
 * the validation, the number fields' min and max and the help text.
 */
export const MINUTE_LIMITS = {
  item: { min: 1, max: 240 },
  suggested: { min: 5, max: 90 },
} as const;

function parseMinutes(raw: string | undefined, limits: { min: number; max: number }): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= limits.min && value <= limits.max ? value : null;
}

/**
 * The builder's durations form: one field `minutes-<itemId>` per item. Every field sits in the same table column,
 * so a message names the item it is about.
 */
export function validateDurations(
  form: Record<string, string>,
  items: readonly { id: number; title: string }[],
): Validated<Map<number, number>> {
  const errors: FieldErrors = {};
  const values = new Map<number, number>();
  for (const { id, title } of items) {
    const field = `minutes-${id}`;
    if (form[field] === undefined) continue;
    const minutes = parseMinutes(form[field], MINUTE_LIMITS.item);
    if (minutes === null) errors[field] = t('agenda.errors.minutes', { title, ...MINUTE_LIMITS.item });
    else values.set(id, minutes);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: values };
}

// ---------------------------------------------------------------------------------------------------------------
// The topic form

export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 2000;
export const MAX_REASON = 1000;
/** The form's value for "a later meeting". */
export const LATER = 'later';

export interface TopicValues {
  meetingId: number | null;
  themeId: number;
  title: string;
  description: string;
  desiredOutcome: DesiredOutcome;
  suggestedMinutes: number;
}

export function validateTopic(
  form: Record<string, string>,
  options: { themeIds: readonly number[]; meetingIds: readonly number[] },
): Validated<TopicValues> {
  const errors: FieldErrors = {};
  let meetingId: number | null = null;
  if (form.meeting !== LATER) {
    const id = Number(form.meeting);
    if (!form.meeting || !options.meetingIds.includes(id)) errors.meeting = t('topics.errors.meeting');
    else meetingId = id;
  }
  const themeId = Number(form.themeId);
  if (!options.themeIds.includes(themeId)) errors.themeId = t('topics.errors.theme');
  const title = form.title ?? '';
  if (!title) errors.title = t('topics.errors.titleRequired');
  else checkText(errors, 'title', title, { max: MAX_TITLE, singleLine: true });
  const description = form.description ?? '';
  if (!description) errors.description = t('topics.errors.descriptionRequired');
  else checkText(errors, 'description', description, { max: MAX_DESCRIPTION });
  const desiredOutcome = desiredOutcomes.find((outcome) => outcome === form.desiredOutcome);
  if (!desiredOutcome) errors.desiredOutcome = t('topics.errors.outcome');
  const suggestedMinutes = parseMinutes(form.suggestedMinutes, MINUTE_LIMITS.suggested);
  if (suggestedMinutes === null)
    errors.suggestedMinutes = t('topics.errors.minutes', MINUTE_LIMITS.suggested);
  if (!desiredOutcome || suggestedMinutes === null || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return { ok: true, value: { meetingId, themeId, title, description, desiredOutcome, suggestedMinutes } };
}

export function validateDeclineReason(form: Record<string, string>): Validated<string> {
  const reason = form.reason ?? '';
  if (!reason) return { ok: false, errors: { reason: t('triage.errors.reasonRequired') } };
  const error = textError(reason, { max: MAX_REASON });
  if (error) return { ok: false, errors: { reason: error } };
  return { ok: true, value: reason };
}

// ---------------------------------------------------------------------------------------------------------------
// Reminders

/**
 * Whether the "submit your topics" reminder for a meeting is due: the meeting takes topics, the reminder was not
 * sent yet, and the deadline is at most `days` days away. `days` = 0 switches reminders off.
 */
export function reminderDue(
  meeting: MeetingLike & { reminderSentAt: string | null },
  now: Date,
  days: number,
): boolean {
  if (days <= 0 || meeting.reminderSentAt !== null || !acceptsTopics(meeting, now)) return false;
  return time(meeting.topicDeadline) - now.getTime() <= days * 86_400_000;
}

/** The schools that submitted nothing for the meeting. */
export function schoolsWithoutTopics(
  schools: readonly { id: number }[],
  submittingOrganisationIds: readonly number[],
): number[] {
  const submitted = new Set(submittingOrganisationIds);
  return schools.filter((school) => !submitted.has(school.id)).map((school) => school.id);
}
