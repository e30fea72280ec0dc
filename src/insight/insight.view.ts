// The insight pages' data, from each module's facts as `insight.read.ts` loads them: the pure core aggregates them
// and this adds the Dutch labels. Aggregates only: organisations, themes, titles and counts.
import type { ThemeFactRow } from '../agenda/topics.repository.js';
import { effectiveDueDate, followingMeeting, isOverdue } from '../agreements/agreements.js';
import type { AgreementRow } from '../agreements/agreements.repository.js';
import type { ParticipationFactRow, PresenceRow } from '../invitations/invitations.repository.js';
import { t } from '../locale/index.js';
import type { Meeting } from '../meetings/meetings.repository.js';
import { formatDate, toAmsterdam, toAmsterdamDate } from '../shared/dates.js';
import { themeChart } from './insight.chart.js';
import {
  type AgreementFact,
  type FollowThroughCounts,
  type FollowThroughGroup,
  followThrough,
  followThroughKind,
  type HalfYear,
  halfYearsUpTo,
  participation,
  themeMonitor,
  type YearBasis,
  yearOf,
  yearPeriod,
} from './insight.js';

export const YEAR_BASES = ['kalenderjaar', 'schooljaar'] as const satisfies readonly YearBasis[];

/** "1e helft 2026" or, for a school year, "2026-27, 1e helft". */
export function halfYearLabel(half: HalfYear, basis: YearBasis): string {
  return t(`insight.halfYear.${basis}`, {
    year: half.year,
    next: String(half.year + 1).slice(2),
    half: half.half,
  });
}

export function yearLabel(year: number, basis: YearBasis): string {
  return t(`insight.year.${basis}`, { year, next: String(year + 1).slice(2) });
}

/**
 * The years there is anything to report on (from the year of `first`, the first meeting's start, up to the current
 * one), newest first.
 */
export function reportYears(first: string | null, basis: YearBasis, now: Date): number[] {
  const current = yearOf(toAmsterdamDate(now), basis);
  const start = first ? Math.min(yearOf(toAmsterdamDate(first), basis), current) : current;
  return Array.from({ length: current - start + 1 }, (_, index) => current - index);
}

/** The instant an Amsterdam calendar day (plus `days`) starts, as stored. */
export const midnight = (date: string, days = 0) => toAmsterdam(date).plus({ days }).toUTC().toISO() ?? date;

/** Which meetings of every meeting count for the year: planned or held, on a day in the year's period. */
export function meetingsOfYear(allMeetings: readonly Meeting[], year: number, basis: YearBasis) {
  const period = yearPeriod(year, basis);
  return allMeetings
    .filter((meeting) => meeting.status === 'gepland' || meeting.status === 'gehouden')
    .map((meeting) => ({ ...meeting, date: toAmsterdamDate(meeting.startsAt) }))
    .filter((meeting) => meeting.date >= period.from && meeting.date <= period.to);
}

/** The facts of one year the insight is built from, each read through its owner module (see `readInsight`). */
export interface InsightFacts {
  /** Every meeting, for "voor het volgende overleg". */
  allMeetings: readonly Meeting[];
  /** The topics submitted from the first half-year shown up to the year's end. */
  themeFacts: readonly ThemeFactRow[];
  participationFacts: readonly ParticipationFactRow[];
  presence: readonly PresenceRow[];
  /** The agreements made at the year's meetings, and when each was set to afgerond. */
  agreements: readonly AgreementRow[];
  doneAt: ReadonlyMap<number, string>;
}

const percentage = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;

const countsView = (counts: FollowThroughCounts) => ({
  ...counts,
  doneShare: percentage(counts.doneOnTime + counts.doneLate, counts.made - counts.cancelled),
});

const groupView = (group: FollowThroughGroup) => ({
  ...countsView(group),
  name: group.id === null ? t('insight.followThrough.noTheme') : group.name,
});

/** Everything the insight page and the annual report show for one year of the basis. */
export function insightView(facts: InsightFacts, year: number, basis: YearBasis, now: Date) {
  const period = yearPeriod(year, basis);
  const { allMeetings } = facts;
  const meetings = meetingsOfYear(allMeetings, year, basis);

  // Themes: this year's half-years and the year before, so a rising theme stands out.
  const halfYears = halfYearsUpTo(year, basis);
  const themes = themeMonitor(
    facts.themeFacts.map((row) => ({ ...row, submittedOn: toAmsterdamDate(row.createdAt) })),
    halfYears,
  );
  const columns = halfYears.map((half) => halfYearLabel(half, basis));

  // Participation at the year's meetings.
  const meetingFacts = meetings.map((meeting) => ({
    id: meeting.id,
    title: meeting.title,
    date: meeting.date,
    held: meeting.status === 'gehouden',
  }));
  const taking = participation(meetingFacts, facts.participationFacts, facts.presence);

  // Agreements made at the year's meetings, where they stand now.
  const rows = facts.agreements;
  const agreementFacts: AgreementFact[] = rows.map((row) => {
    const following = followingMeeting(allMeetings, { startsAt: row.meetingStartsAt });
    const done = facts.doneAt.get(row.id);
    return {
      id: row.id,
      meetingId: row.meetingId,
      madeOn: toAmsterdamDate(row.meetingStartsAt),
      dueDate: effectiveDueDate(row, following),
      overdue: isOverdue(row, following, now),
      status: row.status,
      doneOn: done ? toAmsterdamDate(done) : null,
      owners: row.owners,
      theme: row.themeId !== null && row.themeName !== null ? { id: row.themeId, name: row.themeName } : null,
    };
  });
  const follow = followThrough(agreementFacts);
  const textOf = new Map(rows.map((row) => [row.id, row.text]));

  const cellLabel = (cell: { invited: boolean; answered: boolean; came: boolean | null }) => ({
    invited: cell.invited ? t('insight.participation.yes') : t('insight.participation.no'),
    answered: cell.invited
      ? cell.answered
        ? t('insight.participation.yes')
        : t('insight.participation.no')
      : '–',
    came:
      cell.came === null
        ? t('insight.participation.unknown')
        : cell.came
          ? t('insight.participation.yes')
          : t('insight.participation.no'),
  });

  return {
    year,
    basis,
    label: yearLabel(year, basis),
    period: { from: formatDate(period.from), to: formatDate(period.to) },
    themes: {
      columns,
      rows: themes.map((row) => ({
        ...row,
        cells: row.cells.map((cell, index) => ({ ...cell, column: columns[index] ?? '' })),
      })),
      chart: themeChart(themes, columns),
    },
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      dateLabel: formatDate(meeting.startsAt),
      held: meeting.status === 'gehouden',
      agreements: agreementFacts
        .filter((fact) => fact.meetingId === meeting.id)
        .map((fact) => ({
          text: textOf.get(fact.id) ?? '',
          owners: fact.owners.map((owner) => owner.name).join(', '),
          state: t(`insight.followThrough.kinds.${followThroughKind(fact)}`),
        })),
    })),
    participation: {
      meetings: meetingFacts.map((meeting) => ({ ...meeting, dateLabel: formatDate(meeting.date) })),
      rows: taking.map((row) => ({
        ...row,
        cells: row.cells.map(cellLabel),
        cameLabel: row.recorded === 0 ? t('insight.participation.unknown') : String(row.came),
      })),
    },
    followThrough: {
      total: countsView(follow.total),
      tables: [
        {
          caption: t('insight.followThrough.captionOrganisation'),
          rows: follow.byOrganisation.map(groupView),
        },
        { caption: t('insight.followThrough.captionTheme'), rows: follow.byTheme.map(groupView) },
      ],
    },
  };
}

export type Insight = ReturnType<typeof insightView>;
