// Agreements as people read them, from the rows `agreements.read.ts` loads: owners, due date, overdue, status and
// history; the minutes' status of an earlier meeting; the dashboard's counts.
import { t } from '../locale/index.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { formatDate, formatShortDate } from '../shared/dates.js';
import { type AgreementFacts, effectiveDueDate, followingMeeting, isOverdue } from './agreements.js';
import type { AgreementHistory, AgreementRow, MinutesRow } from './agreements.repository.js';

export const dueLabel = (row: Pick<AgreementFacts, 'dueDate' | 'dueNextMeeting'>) =>
  row.dueDate ? formatDate(row.dueDate) : row.dueNextMeeting ? t('agreements.due.next') : '';

export const statusLabel = (row: Pick<AgreementFacts, 'status' | 'reportedDoneAt'>) =>
  row.status === 'open' && row.reportedDoneAt
    ? t('agreements.status.reported')
    : t(`agreements.status.${row.status}`);

/** The title of the agenda item an agreement was recorded under. */
const itemTitle = (row: AgreementRow) =>
  row.topicTitle ?? (row.standing ? t(`agenda.standing.${row.standing}`) : '');

const NO_HISTORY: AgreementHistory = { events: [], notes: [] };

/**
 * Agreements as pages show them, given every meeting (for "voor het volgende overleg") and, for pages that show it,
 * their events and progress notes.
 */
export function agreementsView(
  rows: readonly AgreementRow[],
  meetings: readonly Meeting[],
  now: Date,
  history: AgreementHistory = NO_HISTORY,
) {
  return rows.map((row) => {
    const { following, overdue, reportedDone } = followUpState(row, meetings, now);
    const events = history.events
      .filter((event) => event.agreementId === row.id)
      .map((event) => ({ at: event.at, text: describeEvent(event) }));
    const notes = history.notes
      .filter((note) => note.agreementId === row.id)
      .map((note) => ({
        at: note.at,
        text: note.text,
        by: [note.by, note.organisationName].filter(Boolean).join(', '),
      }));
    return {
      ...row,
      ownersLabel: row.owners.map((owner) => owner.name).join(', '),
      ownerIds: row.owners.map((owner) => owner.id),
      dueLabel: dueLabel(row),
      effectiveDue: effectiveDueDate(row, following),
      statusLabel: statusLabel(row),
      isOpen: row.status === 'open',
      reportedDone,
      overdue,
      meetingDate: formatShortDate(row.meetingStartsAt),
      itemTitle: itemTitle(row),
      events,
      notes,
      lastNote: notes.at(-1) ?? null,
    };
  });
}

export type PresentedAgreement = ReturnType<typeof agreementsView>[number];

function describeEvent(event: {
  kind: string;
  status: string | null;
  dueDate: string | null;
  dueNextMeeting: boolean | null;
  meetingTitle: string | null;
  by: string | null;
  at: string;
}): string {
  const due = dueLabel({ dueDate: event.dueDate, dueNextMeeting: event.dueNextMeeting ?? false });
  const text = t(`agreements.history.${event.kind}`, {
    status: event.status ? t(`agreements.status.${event.status}`) : '',
    due,
    by: event.by ?? t('agreements.history.system'),
  });
  return event.meetingTitle
    ? `${text} ${t('agreements.history.atMeeting', { meeting: event.meetingTitle })}`
    : text;
}

/** The standing item "Verslag vorige keer": an earlier meeting's minutes, with their status. */
export function minutesStatus(
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt'>,
  rows: readonly MinutesRow[],
) {
  const established = rows.every((row) => row.status === 'vastgesteld');
  return {
    meetingId: meeting.id,
    title: meeting.title,
    date: formatDate(meeting.startsAt),
    established,
    statusLabel: t(`agreements.minutes.status.${established ? 'vastgesteld' : 'concept'}`),
  };
}

/** A member's dashboard: their organisation's open agreements, overdue first. */
export const overdueFirst = (rows: readonly PresentedAgreement[]) =>
  [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue));

/** The register: open agreements first, the overdue ones at the top, then the closed ones, each in meeting order. */
export const registerOrder = (rows: readonly PresentedAgreement[]) => {
  const rank = (row: PresentedAgreement) => (row.isOpen ? (row.overdue ? 0 : 1) : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b));
};

/** What following an agreement up turns on: its owners reported it done (awaiting a confirmation), or it is overdue. */
type FollowUpFacts = Pick<
  AgreementFacts,
  'status' | 'dueDate' | 'dueNextMeeting' | 'reportedDoneAt' | 'meetingStartsAt'
>;

function followUpState(row: FollowUpFacts, meetings: readonly Meeting[], now: Date) {
  const following = followingMeeting(meetings, { startsAt: row.meetingStartsAt });
  return {
    following,
    overdue: isOverdue(row, following, now),
    reportedDone: row.status === 'open' && row.reportedDoneAt !== null,
  };
}

/** The coordinator's dashboard: how many open agreements wait for a confirmation, and how many are overdue. */
export function followUpCounts(open: readonly FollowUpFacts[], meetings: readonly Meeting[], now: Date) {
  const states = open.map((row) => followUpState(row, meetings, now));
  return {
    reported: states.filter((state) => state.reportedDone).length,
    overdue: states.filter((state) => state.overdue).length,
  };
}
