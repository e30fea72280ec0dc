// Read functions of the agreements module for pages, mail and other modules (agenda, dashboard): agreements as
// people read them, with owners, due date, overdue, status and history.
import type { DbOrTx } from '../db/connection.js';
import { t } from '../locale/index.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { formatDate, formatShortDate } from '../shared/dates.js';
import {
  type AgreementFacts,
  carriedOver,
  effectiveDueDate,
  followingMeeting,
  isOverdue,
} from './agreements.js';
import {
  type AgreementQuery,
  type AgreementRow,
  createAgreementsRepository,
} from './agreements.repository.js';

/** Every meeting, for "voor het volgende overleg"; the meetings module's own list (the coordinator's view). */
function allMeetings(db: DbOrTx): Meeting[] {
  return createMeetingsRepository(db).list({ concepts: true });
}

export const dueLabel = (row: Pick<AgreementFacts, 'dueDate' | 'dueNextMeeting'>) =>
  row.dueDate ? formatDate(row.dueDate) : row.dueNextMeeting ? t('agreements.due.next') : '';

export const statusLabel = (row: Pick<AgreementFacts, 'status' | 'reportedDoneAt'>) =>
  row.status === 'open' && row.reportedDoneAt
    ? t('agreements.status.reported')
    : t(`agreements.status.${row.status}`);

/** The title of the agenda item an agreement was recorded under. */
const itemTitle = (row: AgreementRow) =>
  row.topicTitle ?? (row.standing ? t(`agenda.standing.${row.standing}`) : '');

/** Agreements as pages show them; `withHistory` adds events and progress notes. */
export function presentAgreements(
  db: DbOrTx,
  rows: readonly AgreementRow[],
  now: Date,
  options: { withHistory?: boolean } = {},
) {
  const meetings = allMeetings(db);
  const history = options.withHistory
    ? createAgreementsRepository(db).history(rows.map((row) => row.id))
    : { events: [], notes: [] };
  return rows.map((row) => {
    const following = followingMeeting(meetings, { startsAt: row.meetingStartsAt });
    const overdue = isOverdue(row, following, now);
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
      reportedDone: row.status === 'open' && row.reportedDoneAt !== null,
      overdue,
      meetingDate: formatShortDate(row.meetingStartsAt),
      itemTitle: itemTitle(row),
      events,
      notes,
      lastNote: notes.at(-1) ?? null,
    };
  });
}

export type PresentedAgreement = ReturnType<typeof presentAgreements>[number];

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

/** The list, filtered, as the register shows it, with the overdue filter applied after deciding overdue. */
export function registerView(db: DbOrTx, query: AgreementQuery & { overdue?: boolean }, now: Date) {
  const rows = presentAgreements(db, createAgreementsRepository(db).list(query), now);
  return query.overdue ? rows.filter((row) => row.overdue) : rows;
}

/**
 * The standing item "Openstaande afspraken" of a meeting's agenda (page, print, mail): agreements from earlier
 * meetings still open, and those handled at this meeting, with their history.
 */
export function openAgreementsForAgenda(db: DbOrTx, meeting: Pick<Meeting, 'id' | 'startsAt'>, now: Date) {
  // Only open agreements and those handled at this meeting are read: the list stays short with years of history.
  const rows = createAgreementsRepository(db).list({
    madeBefore: meeting.startsAt,
    openOrHandledAt: meeting.id,
  });
  return presentAgreements(db, carriedOver(rows, meeting), now, { withHistory: true });
}

/**
 * The standing item "Verslag vorige keer": the minutes of the latest meeting before this one that has any, with their
 * status; null when there are none.
 */
export function previousMinutes(db: DbOrTx, meeting: Pick<Meeting, 'id' | 'startsAt'>) {
  const repo = createAgreementsRepository(db);
  const earlier = allMeetings(db)
    .filter((other) => other.id !== meeting.id && other.startsAt < meeting.startsAt)
    .reverse();
  for (const other of earlier) {
    const rows = repo.minutesOf(other.id);
    if (rows.length === 0) continue;
    const established = rows.every((row) => row.status === 'vastgesteld');
    return {
      meetingId: other.id,
      title: other.title,
      date: formatDate(other.startsAt),
      established,
      statusLabel: t(`agreements.minutes.status.${established ? 'vastgesteld' : 'concept'}`),
    };
  }
  return null;
}

/** A member's dashboard: the open agreements of their organisation, overdue first. */
export function openAgreementsOfOrganisation(db: DbOrTx, organisationId: number, now: Date) {
  const rows = presentAgreements(
    db,
    createAgreementsRepository(db).list({ organisationId, status: 'open' }),
    now,
  );
  return [...rows].sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** The coordinator's dashboard: how many agreements wait for a confirmation, and how many are overdue. */
export function agreementsToFollowUp(db: DbOrTx, now: Date) {
  const open = presentAgreements(db, createAgreementsRepository(db).list({ status: 'open' }), now);
  return {
    reported: open.filter((row) => row.reportedDone).length,
    overdue: open.filter((row) => row.overdue).length,
  };
}
