// Pure core of the date poll: validating a new poll and the answers, the tally per organisation and the best date.
import { type OrganisationKind, type PollAnswer, pollAnswers } from '../db/schema/index.js';
import { textError, type Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import { amsterdamDatePlus, formatDate, toAmsterdamDate, zonedInstant, zonedRange } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';

export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 6;
/** A poll closes at the end of its last day, like the topic deadline. */
export const CLOSES_TIME = '23:59';
/** Two weeks gives partners who are on leave a fair chance to answer. */
export const DEFAULT_OPEN_DAYS = 14;
const MAX_TITLE = 120;

export interface PollValues {
  title: string;
  /** ISO UTC: 23:59 Amsterdam on the closing day. */
  closesAt: string;
  /** Sorted by start. */
  options: { startsAt: string; endsAt: string }[];
}

/** The default closing day: two weeks from today, or the day before the first date if that comes sooner. */
export function defaultClosesOn(now: Date, firstOptionDate?: string): string {
  const inTwoWeeks = amsterdamDatePlus(now, DEFAULT_OPEN_DAYS);
  if (!firstOptionDate) return inTwoWeeks;
  const dayBefore = amsterdamDatePlus(firstOptionDate, -1);
  return [dayBefore, inTwoWeeks].sort()[0] ?? inTwoWeeks;
}

/** An open poll as the guard against a second poll for the same meeting sees it. */
export interface OpenPoll {
  id: number;
  title: string;
  createdAt: string;
  options: readonly { startsAt: string }[];
}

/** `2026-1` for January–June 2026 (Amsterdam): the half-yearly meeting a date belongs to. */
function halfYearKey(instant: string): string {
  const date = toAmsterdamDate(instant);
  return `${date.slice(0, 4)}-${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * The open polls that plan the same meeting as a poll on `options`: those with a date in the same half-year. A second
 * poll for the same meeting would send everyone an identical-looking mail, so it needs the coordinator's confirmation.
 */
export function pollsForSamePeriod<P extends OpenPoll>(
  options: readonly { startsAt: string }[],
  open: readonly P[],
): P[] {
  const periods = new Set(options.map((option) => halfYearKey(option.startsAt)));
  return open.filter((poll) => poll.options.some((option) => periods.has(halfYearKey(option.startsAt))));
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * Validates a new poll: a title, three to six different dates (each at `startTime`–`endTime` Amsterdam time, in the
 * future) and a closing day between today and the first date. Against the polls still open: the title must differ
 * from theirs (it is the mail's subject and the name in every list), and a poll for a half-year that already has an
 * open poll needs `secondPoll` = `ja`.
 */
export function validatePoll(
  form: { title?: string; closesOn?: string; startTime?: string; endTime?: string; secondPoll?: string },
  dates: readonly string[],
  now: Date,
  open: readonly OpenPoll[] = [],
): Validated<PollValues> {
  const errors: FieldErrors = {};
  const title = form.title ?? '';
  const namesake = open.find((poll) => sameName(poll.title, title));
  const titleError = textError(title, { max: MAX_TITLE, singleLine: true });
  if (!title) errors.title = t('polls.errors.titleRequired');
  else if (titleError) errors.title = titleError;
  else if (namesake) errors.title = t('polls.errors.titleTaken', { title: namesake.title });

  const unique = [...new Set(dates)].sort();
  const options: PollValues['options'] = [];
  if (unique.length < MIN_OPTIONS || unique.length > MAX_OPTIONS) {
    errors.dates = t('polls.errors.optionCount', {
      min: MIN_OPTIONS,
      max: MAX_OPTIONS,
      count: unique.length,
    });
  } else {
    for (const date of unique) {
      const range = zonedRange(date, form.startTime ?? '', form.endTime ?? '');
      if (!range.ok) {
        errors.dates = range.message;
        break;
      }
      if (range.startsAt <= now.toISOString()) {
        errors.dates = t('polls.errors.optionInPast', { date: formatDate(date) });
        break;
      }
      options.push({ startsAt: range.startsAt, endsAt: range.endsAt });
    }
  }

  let closesAt: string | null = null;
  const closesOn = form.closesOn ?? '';
  const closes = zonedInstant(closesOn, CLOSES_TIME);
  if (!closes.ok) errors.closesOn = t('planner.errors.invalidDate');
  else if (closes.iso <= now.toISOString()) errors.closesOn = t('polls.errors.closesInPast');
  else if (options[0] && closesOn >= toAmsterdamDate(options[0].startsAt)) {
    errors.closesOn = t('polls.errors.closesAfterFirst', { date: formatDate(options[0].startsAt) });
  } else closesAt = closes.iso;

  const [same] = pollsForSamePeriod(options, open);
  if (same && form.secondPoll !== 'ja') {
    errors.secondPoll = t('polls.errors.secondPoll', {
      title: same.title,
      date: formatDate(same.createdAt),
    });
  }

  if (Object.keys(errors).length > 0 || !closesAt) return { ok: false, errors };
  return { ok: true, value: { title, closesAt, options } };
}

/** Whether answers are still taken: the poll is open and its closing moment has not passed. */
export function isAnswerable(poll: { status: 'open' | 'closed'; closesAt: string }, now: Date): boolean {
  return poll.status === 'open' && now.toISOString() <= poll.closesAt;
}

/**
 * Who gets the one reminder: contacts asked who have not answered, were not reminded before, and have an address.
 * Once is enough: a second nudge for a date poll is felt as nagging, and the coordinator can still phone.
 */
export function toRemind<
  P extends { respondedAt: string | null; remindedAt: string | null; email: string | null },
>(participants: readonly P[]): P[] {
  return participants.filter((p) => p.respondedAt === null && p.remindedAt === null && Boolean(p.email));
}

/** Reads `answer-<optionId>` fields; every date needs ja, misschien or nee. Errors are keyed by the field name. */
export function validateAnswers(
  form: Record<string, string>,
  options: readonly { id: number; startsAt: string }[],
): Validated<{ optionId: number; answer: PollAnswer }[]> {
  const errors: FieldErrors = {};
  const answers: { optionId: number; answer: PollAnswer }[] = [];
  for (const option of options) {
    const field = `answer-${option.id}`;
    const answer = pollAnswers.find((value) => value === form[field]);
    if (answer) answers.push({ optionId: option.id, answer });
    else errors[field] = t('polls.errors.answerRequired', { date: formatDate(option.startsAt) });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: answers };
}

// ---------------------------------------------------------------------------------------------
// The tally.

export interface TallyInput {
  options: readonly { id: number; startsAt: string; endsAt: string }[];
  participants: readonly {
    id: number;
    organisationId: number;
    organisationName: string;
    organisationKind: OrganisationKind;
    respondedAt: string | null;
  }[];
  answers: readonly { participantId: number; optionId: number; answer: PollAnswer }[];
}

/** An organisation's availability on a date: `null` when none of its contacts answered yet. */
export type Availability = PollAnswer | null;

export interface OptionTally {
  id: number;
  startsAt: string;
  endsAt: string;
  /** Organisations with at least one contact who can (ja). */
  available: number;
  /** Organisations whose best answer is misschien. */
  maybe: number;
  /** Organisations whose contacts all answered nee. */
  unavailable: number;
  /** Organisations without any answer. */
  unknown: number;
}

export interface OrganisationTally {
  id: number;
  name: string;
  kind: OrganisationKind;
  contacts: number;
  responded: number;
  /** One per option, in the order of `options`. */
  availability: Availability[];
}

export type BestRule = 'most-available' | 'most-maybe' | 'earliest';

export interface PollTally {
  options: OptionTally[];
  organisations: OrganisationTally[];
  /** The date to choose, and which rule decided it; null while no organisation can on any date. */
  best: { optionId: number; rule: BestRule } | null;
}

const RANK: Record<PollAnswer, number> = { ja: 3, misschien: 2, nee: 1 };

/** An organisation counts as available when at least one of its contacts is: the best answer of its contacts. */
function bestOf(answers: readonly PollAnswer[]): Availability {
  let best: Availability = null;
  for (const answer of answers) if (!best || RANK[answer] > RANK[best]) best = answer;
  return best;
}

/**
 * Tallies the answers per organisation and date and picks the best date:
 * 1. the date on which most organisations are available (at least one contact said ja);
 * 2. on a tie, the date with most organisations that can maybe come (ja or misschien);
 * 3. on a further tie, the earliest date, which leaves the most time before the summer or Christmas and for topics.
 */
export function tallyPoll(input: TallyInput): PollTally {
  const options = [...input.options].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  const byParticipant = new Map<number, Map<number, PollAnswer>>();
  for (const answer of input.answers) {
    const row = byParticipant.get(answer.participantId) ?? new Map<number, PollAnswer>();
    row.set(answer.optionId, answer.answer);
    byParticipant.set(answer.participantId, row);
  }

  const organisationIds = [...new Set(input.participants.map((p) => p.organisationId))];
  const organisations: OrganisationTally[] = organisationIds.map((organisationId) => {
    const members = input.participants.filter((p) => p.organisationId === organisationId);
    const first = members[0];
    return {
      id: organisationId,
      name: first?.organisationName ?? '',
      kind: first?.organisationKind ?? 'school',
      contacts: members.length,
      responded: members.filter((p) => p.respondedAt !== null).length,
      availability: options.map((option) =>
        bestOf(members.flatMap((p) => byParticipant.get(p.id)?.get(option.id) ?? [])),
      ),
    };
  });
  organisations.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name, 'nl'));

  const tallies: OptionTally[] = options.map((option, index) => {
    const column = organisations.map((organisation) => organisation.availability[index] ?? null);
    return {
      id: option.id,
      startsAt: option.startsAt,
      endsAt: option.endsAt,
      available: column.filter((a) => a === 'ja').length,
      maybe: column.filter((a) => a === 'misschien').length,
      unavailable: column.filter((a) => a === 'nee').length,
      unknown: column.filter((a) => a === null).length,
    };
  });

  return { options: tallies, organisations, best: pickBest(tallies) };
}

function kindOrder(kind: OrganisationKind): number {
  return kind === 'core' ? 0 : kind === 'school' ? 1 : 2;
}

function pickBest(options: readonly OptionTally[]): PollTally['best'] {
  // `options` is in date order, and the sort is stable, so the earliest date wins a full tie.
  const ranked = [...options].sort(
    (a, b) => b.available - a.available || b.available + b.maybe - (a.available + a.maybe),
  );
  const [first, second] = ranked;
  if (!first || first.available + first.maybe === 0) return null;
  let rule: BestRule = 'most-available';
  if (second && second.available === first.available) {
    rule = second.available + second.maybe === first.available + first.maybe ? 'earliest' : 'most-maybe';
  }
  return { optionId: first.id, rule };
}
