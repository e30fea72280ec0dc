// Read functions of the agreements module for pages, mail and other modules (agenda, dashboard): they load the rows
// through the repositories and hand them to the view (`agreements.view.ts`), which only shapes them.
import type { DbOrTx } from '../db/connection.js';
import { createMeetingsRepository, type Meeting } from '../meetings/meetings.repository.js';
import { toAmsterdamDate } from '../shared/dates.js';
import { carriedOver } from './agreements.js';
import {
  type AgreementQuery,
  type AgreementRow,
  createAgreementsRepository,
} from './agreements.repository.js';
import {
  agreementsView,
  followUpCounts,
  minutesStatus,
  overdueFirst,
  registerOrder,
} from './agreements.view.js';

/** Every meeting, for "voor het volgende overleg"; the meetings module's own list (the coordinator's view). */
function allMeetings(db: DbOrTx): Meeting[] {
  return createMeetingsRepository(db).list({ concepts: true });
}

/** Agreements as pages show them; `withHistory` adds events and progress notes. */
export function presentAgreements(
  db: DbOrTx,
  rows: readonly AgreementRow[],
  now: Date,
  options: { withHistory?: boolean; meetings?: readonly Meeting[] } = {},
) {
  const history = options.withHistory
    ? createAgreementsRepository(db).history(rows.map((row) => row.id))
    : undefined;
  return agreementsView(rows, options.meetings ?? allMeetings(db), now, history);
}

export interface RegisterQuery extends AgreementQuery {
  overdue?: boolean;
  /**
   * Closed agreements (afgerond, vervallen) only from meetings in this calendar year; open ones are always listed.
   * Null: every year. Not applied with a meeting or the status "open" chosen, which keep the list short themselves.
   */
  year?: number | null;
}

/** Whether the register's year applies to this query (see RegisterQuery.year). */
export const registerHasYear = (query: RegisterQuery): query is RegisterQuery & { year: number } =>
  typeof query.year === 'number' && !query.meetingId && query.status !== 'open';

/**
 * The list, filtered, as the register shows it (see `registerOrder`), with the overdue filter applied after deciding
 * overdue. With a year, the closed agreements are read from that year's meetings only: ten years of history cost no
 * more than one.
 */
export function registerView(
  db: DbOrTx,
  query: RegisterQuery,
  now: Date,
  /** Every meeting, as the meetings module lists them for the coordinator (the page reads them once). */
  meetings: readonly Meeting[],
) {
  const { overdue, year, ...filters } = query;
  const repo = createAgreementsRepository(db);
  let rows: AgreementRow[];
  if (registerHasYear(query)) {
    const meetingIds = meetings
      .filter((meeting) => toAmsterdamDate(meeting.startsAt).startsWith(`${query.year}-`))
      .map((meeting) => meeting.id);
    // A chosen status (never "open" here) lists that year's agreements with it; otherwise every open one as well.
    rows = filters.status
      ? repo.list({ ...filters, meetingIds })
      : repo.list({ ...filters, openOrMeetingIds: meetingIds });
  } else {
    rows = repo.list(filters);
  }
  const presented = presentAgreements(db, rows, now, { meetings });
  return registerOrder(overdue ? presented.filter((row) => row.overdue) : presented);
}

/**
 * The standing item "Openstaande afspraken" of a meeting's agenda (page, print, mail): agreements from earlier
 * meetings still open, and those handled at this meeting, with their history.
 */
export function openAgreementsForAgenda(
  db: DbOrTx,
  meeting: Pick<Meeting, 'id' | 'startsAt'>,
  now: Date,
  meetings: readonly Meeting[] = allMeetings(db),
) {
  // Only open agreements and those handled at this meeting are read: the list stays short with years of history.
  const rows = createAgreementsRepository(db).list({
    madeBefore: meeting.startsAt,
    openOrHandledAt: meeting.id,
  });
  return presentAgreements(db, carriedOver(rows, meeting), now, { withHistory: true, meetings });
}

/**
 * The standing item "Verslag vorige keer": the minutes of the latest meeting before this one that has any, with their
 * status; null when there are none.
 */
function previousMinutes(
  db: DbOrTx,
  meeting: Pick<Meeting, 'id' | 'startsAt'>,
  meetings: readonly Meeting[],
) {
  const repo = createAgreementsRepository(db);
  const earlier = meetings
    .filter((other) => other.id !== meeting.id && other.startsAt < meeting.startsAt)
    .reverse();
  for (const other of earlier) {
    const rows = repo.minutesOf(other.id);
    if (rows.length > 0) return minutesStatus(other, rows);
  }
  return null;
}

/**
 * Both standing items of a meeting's agenda page and its minutes page ("Verslag vorige keer", "Openstaande
 * afspraken"), from one read of the meetings.
 */
export function agendaStandingItems(db: DbOrTx, meeting: Pick<Meeting, 'id' | 'startsAt'>, now: Date) {
  const meetings = allMeetings(db);
  return {
    openAgreements: openAgreementsForAgenda(db, meeting, now, meetings),
    previousMinutes: previousMinutes(db, meeting, meetings),
  };
}

/** A member's dashboard: the open agreements of their organisation, overdue first. */
export function openAgreementsOfOrganisation(db: DbOrTx, organisationId: number, now: Date) {
  return overdueFirst(
    presentAgreements(db, createAgreementsRepository(db).list({ organisationId, status: 'open' }), now),
  );
}

/** The coordinator's dashboard: how many agreements wait for a confirmation, and how many are overdue. */
export function agreementsToFollowUp(db: DbOrTx, now: Date) {
  // Only the facts the counts turn on: no owners, titles or history.
  return followUpCounts(createAgreementsRepository(db).openFollowUpFacts(), allMeetings(db), now);
}
