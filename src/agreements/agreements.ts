// The agreements' functional core: the recording form, carry-over to the next meeting, overdue, status changes,
// reminders and the cells of the register CSV. Pure: `now`/`today` are passed in.
import type { AgreementStatus } from '../db/schema/index.js';
import { agreementStatuses } from '../db/schema/index.js';
import type { Validated } from '../http/forms.js';
import { t } from '../locale/index.js';
import type { GuardedField } from '../privacy/guard.js';
import { isCalendarDate } from '../shared/calendar-days.js';
import { toAmsterdam, toAmsterdamDate } from '../shared/dates.js';
import type { FieldErrors } from '../shared/field-errors.js';

/** When an agreement is due: a date, or "voor het volgende overleg". */
export type Due = { kind: 'date'; date: string } | { kind: 'next' };

export interface AgreementInput {
  /** An agreement recorded earlier under the same item, edited in the same form. */
  id: number | null;
  text: string;
  ownerIds: number[];
  due: Due;
  status: AgreementStatus;
  remove: boolean;
}

export interface ItemRecording {
  minutes: string;
  agreements: AgreementInput[];
}

export const MAX_MINUTES_LENGTH = 4000;
export const MAX_AGREEMENT_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 2000;
/** A progress note on an agreement: some text, at most MAX_NOTE_LENGTH characters. */
export function validateNote(text: string): Validated<string> {
  if (!text) return { ok: false, errors: { text: t('agreements.errors.note') } };
  if (text.length > MAX_NOTE_LENGTH)
    return { ok: false, errors: { text: t('agreements.errors.noteLength', { max: MAX_NOTE_LENGTH }) } };
  return { ok: true, value: text };
}

/** Blank agreement blocks the recording form shows below the recorded ones. */
export const BLANK_AGREEMENTS = 1;
/** How many agreement blocks one form may carry (an upper bound against made-up requests). */
export const MAX_AGREEMENT_BLOCKS = 30;

/** Field names of agreement block `index` in the recording form. */
export const agreementField = (index: number, name: string) => `a${index}-${name}`;

/** The raw form of one agreement block, as the page shows it again after a failed save. */
export interface AgreementFormValues {
  id: string;
  text: string;
  ownerIds: string[];
  dueKind: string;
  dueDate: string;
  status: string;
  remove: boolean;
}

/**
 * Validates the recording form of one agenda item. Rules:
 * 1. An empty block (no text, no owner, no date) is ignored, unless it is a recorded agreement (then text is needed,
 *    or "verwijderen").
 * 2. An agreement has a text of at most MAX_AGREEMENT_LENGTH characters, at least one owner organisation from
 *    `ownerChoices`, a due date (valid date) or "voor het volgende overleg", and a status.
 * 3. The minutes text is optional (an item may only produce agreements), at most MAX_MINUTES_LENGTH characters.
 */
export function validateRecording(
  minutesText: string,
  blocks: readonly AgreementFormValues[],
  ownerChoices: ReadonlySet<number>,
  recordedIds: ReadonlySet<number>,
): { ok: true; value: ItemRecording } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (minutesText.length > MAX_MINUTES_LENGTH)
    errors.minutes = t('agreements.errors.minutesLength', { max: MAX_MINUTES_LENGTH });
  const agreements: AgreementInput[] = [];
  blocks.forEach((block, index) => {
    const number = index + 1;
    const id = /^\d+$/.test(block.id) && recordedIds.has(Number(block.id)) ? Number(block.id) : null;
    const blank = !block.text && block.ownerIds.length === 0 && !block.dueDate;
    if (id === null && blank) return;
    if (id !== null && block.remove) {
      agreements.push({ id, text: '', ownerIds: [], due: { kind: 'next' }, status: 'open', remove: true });
      return;
    }
    if (!block.text) errors[agreementField(index, 'text')] = t('agreements.errors.text', { number });
    else if (block.text.length > MAX_AGREEMENT_LENGTH)
      errors[agreementField(index, 'text')] = t('agreements.errors.textLength', {
        number,
        max: MAX_AGREEMENT_LENGTH,
      });
    const ownerIds = [...new Set(block.ownerIds.filter((raw) => /^\d+$/.test(raw)).map(Number))].filter(
      (ownerId) => ownerChoices.has(ownerId),
    );
    if (ownerIds.length === 0)
      errors[agreementField(index, 'owners')] = t('agreements.errors.owners', { number });
    let due: Due | null = null;
    if (block.dueKind === 'next') due = { kind: 'next' };
    else if (block.dueKind === 'date' && isCalendarDate(block.dueDate))
      due = { kind: 'date', date: block.dueDate };
    else errors[agreementField(index, 'dueDate')] = t('agreements.errors.due', { number });
    const status = agreementStatuses.find((value) => value === block.status);
    if (!status) errors[agreementField(index, 'status')] = t('agreements.errors.status', { number });
    if (due && status && block.text && ownerIds.length > 0)
      agreements.push({ id, text: block.text, ownerIds, due, status, remove: false });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { minutes: minutesText, agreements } };
}

/** The free-text fields of a recording for the privacy guard: the minutes and every agreement's text. */
export function recordingTextFields(
  minutesText: string,
  blocks: readonly AgreementFormValues[],
): GuardedField[] {
  return [
    { name: 'minutes', label: t('agreements.record.minutes'), value: minutesText },
    ...blocks.flatMap((block, index) =>
      block.text && !block.remove
        ? [
            {
              name: agreementField(index, 'text'),
              label: t('agreements.record.agreementLabel', { number: index + 1 }),
              value: block.text,
            },
          ]
        : [],
    ),
  ];
}

/** A due choice from a small form (renewing): `dueKind` date|next and `dueDate`. */
export function validateDue(dueKind: string | undefined, dueDate: string | undefined): Due | null {
  if (dueKind === 'next') return { kind: 'next' };
  if (dueKind === 'date' && dueDate && isCalendarDate(dueDate)) return { kind: 'date', date: dueDate };
  return null;
}

/** The plain facts the core decides on, as the repository loads them. */
export interface AgreementFacts {
  id: number;
  meetingId: number;
  meetingStartsAt: string;
  status: AgreementStatus;
  dueDate: string | null;
  dueNextMeeting: boolean;
  reportedDoneAt: string | null;
  /** The meeting at which its status last changed (closed under "Openstaande afspraken"), if any. */
  handledAtMeetingId: number | null;
}

/**
 * Which agreements the standing item "Openstaande afspraken" of `meeting` lists:
 * 1. agreements made at an earlier meeting (by start time) that are still open, including those a member reported
 *    done and the coordinator has not yet confirmed;
 * 2. agreements made earlier that were closed or renewed at this very meeting, so the agenda keeps showing what was
 *    decided about them there.
 * Ordered by the meeting they were made at, then by id.
 */
export function carriedOver<T extends AgreementFacts>(
  agreements: readonly T[],
  meeting: { id: number; startsAt: string },
): T[] {
  return agreements
    .filter(
      (agreement) =>
        agreement.meetingId !== meeting.id &&
        agreement.meetingStartsAt < meeting.startsAt &&
        (agreement.status === 'open' || agreement.handledAtMeetingId === meeting.id),
    )
    .sort((a, b) => a.meetingStartsAt.localeCompare(b.meetingStartsAt) || a.id - b.id);
}

/**
 * The meeting after the one an agreement was made at: the first one, by start, that starts later and was not
 * cancelled. "Voor het volgende overleg" means before that one ends.
 */
export function followingMeeting<M extends { startsAt: string; status: string }>(
  meetings: readonly M[],
  madeAt: { startsAt: string },
): M | null {
  return (
    [...meetings]
      .filter((meeting) => meeting.status !== 'geannuleerd' && meeting.startsAt > madeAt.startsAt)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null
  );
}

/**
 * The date an agreement is due as `YYYY-MM-DD` (Amsterdam): its own date, or for "voor het volgende overleg" the
 * date of the following meeting once one is known; null when there is none yet.
 */
export function effectiveDueDate(
  agreement: Pick<AgreementFacts, 'dueDate' | 'dueNextMeeting'>,
  following: { startsAt: string } | null,
): string | null {
  if (agreement.dueDate) return agreement.dueDate;
  if (agreement.dueNextMeeting && following) return toAmsterdamDate(following.startsAt);
  return null;
}

/**
 * Overdue: still open and its due date has passed (the day after the due date in Amsterdam), or, for "voor het
 * volgende overleg", the following meeting has ended.
 */
export function isOverdue(
  agreement: Pick<AgreementFacts, 'status' | 'dueDate' | 'dueNextMeeting'>,
  following: { endsAt: string } | null,
  now: Date,
): boolean {
  if (agreement.status !== 'open') return false;
  if (agreement.dueDate) return agreement.dueDate < toAmsterdamDate(now);
  if (agreement.dueNextMeeting && following) return following.endsAt < now.toISOString();
  return false;
}

export type AgreementChange =
  | { kind: 'status'; to: AgreementStatus }
  | { kind: 'report_done' }
  | { kind: 'confirm_done' }
  | { kind: 'renew'; due: Due };

/**
 * Whether a change is allowed, and the Dutch reason when not:
 * 1. the status moves open → afgerond | vervallen, and back to open (a mistake corrected);
 * 2. only an open agreement can be reported done, once;
 * 3. only a reported agreement can be confirmed done (it becomes afgerond);
 * 4. only an open agreement can be renewed (a new due date); renewing clears an unconfirmed "gereed gemeld".
 */
export function checkChange(
  agreement: Pick<AgreementFacts, 'status' | 'reportedDoneAt'>,
  change: AgreementChange,
): { ok: true } | { ok: false; message: string } {
  const refuse = (key: string) => ({ ok: false as const, message: t(`agreements.errors.change.${key}`) });
  switch (change.kind) {
    case 'status':
      if (change.to === agreement.status) return refuse('sameStatus');
      if (agreement.status !== 'open' && change.to !== 'open') return refuse('notOpen');
      return { ok: true };
    case 'report_done':
      if (agreement.status !== 'open') return refuse('notOpen');
      if (agreement.reportedDoneAt) return refuse('alreadyReported');
      return { ok: true };
    case 'confirm_done':
      if (agreement.status !== 'open') return refuse('notOpen');
      if (!agreement.reportedDoneAt) return refuse('notReported');
      return { ok: true };
    case 'renew':
      if (agreement.status !== 'open') return refuse('notOpen');
      return { ok: true };
  }
}

/**
 * Whether the owners get their reminder now: open, due on a known date, not reminded for that date yet, and the due
 * date is at most `days` days ahead (not passed: a reminder after the fact helps nobody).
 */
export function reminderDue(
  agreement: Pick<AgreementFacts, 'status'> & { reminderSentFor: string | null },
  dueDate: string | null,
  now: Date,
  days: number,
): boolean {
  if (agreement.status !== 'open' || !dueDate || agreement.reminderSentFor === dueDate) return false;
  const today = toAmsterdam(now).startOf('day');
  const due = toAmsterdam(dueDate).startOf('day');
  const ahead = Math.round(due.diff(today, 'days').days);
  return ahead >= 0 && ahead <= days;
}

/** `dd-mm-jjjj`, as Dutch Excel reads a date. */
export function excelDate(input: string): string {
  return toAmsterdam(input).toFormat('dd-MM-yyyy');
}

/** One register row, as the CSV writes it. */
export interface RegisterRow {
  id: number;
  text: string;
  owners: string[];
  meetingStartsAt: string;
  itemTitle: string;
  themeName: string;
  dueDate: string | null;
  dueNextMeeting: boolean;
  status: AgreementStatus;
  reportedDone: boolean;
  overdue: boolean;
}

export const csvHeader = [
  'Nummer',
  'Afspraak',
  'Eigenaar',
  'Overleg',
  'Agendapunt',
  'Thema',
  'Uiterlijk',
  'Status',
  'Te laat',
];

/** The CSV cells of one row: dates as dd-mm-jjjj, owners joined, labels in Dutch. */
export function csvCells(row: RegisterRow): string[] {
  return [
    String(row.id),
    row.text,
    row.owners.join(', '),
    excelDate(row.meetingStartsAt),
    row.itemTitle,
    row.themeName,
    row.dueDate ? excelDate(row.dueDate) : row.dueNextMeeting ? t('agreements.due.next') : '',
    row.reportedDone && row.status === 'open'
      ? t('agreements.status.reported')
      : t(`agreements.status.${row.status}`),
    row.overdue ? 'ja' : 'nee',
  ];
}
