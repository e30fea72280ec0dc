// Pure core of the covenant's insight: which themes come back, who takes part, whether agreements get done. Every
// figure is an aggregate over organisations and themes; no contact and no free text beyond titles. No I/O: the rows
// are passed in, dates are Amsterdam calendar dates (`YYYY-MM-DD`).

import type { AgreementStatus, RsvpStatus, TopicStatus } from '../db/schema/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Periods

/** The year a report covers: a calendar year, or a school year from 1 August to 31 July. */
export type YearBasis = 'kalenderjaar' | 'schooljaar';

export interface Period {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/**
 * A half of a year of the basis: January–June and July–December of a calendar year, August–January and
 * February–July of a school year (the covenant meets once in each). `year` is the year of the basis.
 */
export interface HalfYear extends Period {
  key: string;
  year: number;
  half: 1 | 2;
}

/** The month (1–12) a year of the basis starts in. */
const FIRST_MONTH: Record<YearBasis, number> = { kalenderjaar: 1, schooljaar: 8 };

const pad = (value: number) => String(value).padStart(2, '0');

/** The first day of the month `offset` months after month `month` (1–12) of `year`. */
function monthStart(year: number, month: number, offset: number): string {
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/** The day before a `YYYY-MM-DD` that is the first of a month. */
function dayBefore(firstOfMonth: string): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export function yearPeriod(year: number, basis: YearBasis): Period {
  const from = monthStart(year, FIRST_MONTH[basis], 0);
  return { from, to: dayBefore(monthStart(year, FIRST_MONTH[basis], 12)) };
}

/** The year (of the basis) a date falls in: a school year is named after the year it starts in. */
export function yearOf(date: string, basis: YearBasis): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) < FIRST_MONTH[basis] ? year - 1 : year;
}

function halfYear(year: number, half: 1 | 2, basis: YearBasis): HalfYear {
  const from = monthStart(year, FIRST_MONTH[basis], half === 1 ? 0 : 6);
  return {
    key: `${year}-${half}`,
    year,
    half,
    from,
    to: dayBefore(monthStart(year, FIRST_MONTH[basis], half * 6)),
  };
}

export function halfYearOf(date: string, basis: YearBasis): HalfYear {
  const year = yearOf(date, basis);
  const second = halfYear(year, 2, basis);
  return date >= second.from ? second : halfYear(year, 1, basis);
}

/** The half-years of a year of the basis and of the year before it, in order, also those in which nothing happened. */
export function halfYearsUpTo(year: number, basis: YearBasis): HalfYear[] {
  return [
    halfYear(year - 1, 1, basis),
    halfYear(year - 1, 2, basis),
    halfYear(year, 1, basis),
    halfYear(year, 2, basis),
  ];
}

const within = (date: string, period: Period) => date >= period.from && date <= period.to;

// ---------------------------------------------------------------------------------------------------------------
// Theme monitor

/** A submitted topic: its theme, who submitted it, when (Amsterdam date), and whether it was merged into another. */
export interface TopicFact {
  id: number;
  themeId: number;
  themeName: string;
  organisationId: number;
  submittedOn: string;
  status: TopicStatus;
  mergedIntoId: number | null;
}

export interface ThemeRow {
  themeId: number;
  themeName: string;
  /** Per half-year, in the order of `halfYears`. */
  cells: { topics: number; organisations: number }[];
  total: { topics: number; organisations: number };
  /** More topics in the last half-year than in the one before. */
  rising: boolean;
}

/**
 * Per half-year, how many topics each theme received and from how many organisations. A topic merged into another
 * counts once (as the topic it was merged into) but its organisation counts for its theme; a deferred topic is one
 * topic whichever meeting it ends up on, counted in the half-year it was submitted. Themes without any topic in the
 * period are left out; half-years without topics stay as zeros.
 */
export function themeMonitor(facts: readonly TopicFact[], halfYears: readonly HalfYear[]): ThemeRow[] {
  const first = halfYears[0];
  const last = halfYears.at(-1);
  if (!first || !last) return [];
  const inPeriod = facts.filter((fact) => within(fact.submittedOn, { from: first.from, to: last.to }));
  const themes = new Map<number, string>();
  for (const fact of inPeriod) themes.set(fact.themeId, fact.themeName);
  const rows = [...themes].map(([themeId, themeName]) => {
    const ofTheme = inPeriod.filter((fact) => fact.themeId === themeId);
    const count = (list: readonly TopicFact[]) => ({
      topics: list.filter((fact) => fact.status !== 'samengevoegd').length,
      organisations: new Set(list.map((fact) => fact.organisationId)).size,
    });
    const cells = halfYears.map((half) => count(ofTheme.filter((fact) => within(fact.submittedOn, half))));
    const [previous, latest] = cells.slice(-2);
    return {
      themeId,
      themeName,
      cells,
      total: count(ofTheme),
      rising: previous !== undefined && latest !== undefined && latest.topics > previous.topics,
    };
  });
  return rows.sort((a, b) => b.total.topics - a.total.topics || a.themeName.localeCompare(b.themeName, 'nl'));
}

// ---------------------------------------------------------------------------------------------------------------
// Participation

/** A meeting of the period that was not cancelled. */
export interface MeetingFact {
  id: number;
  title: string;
  /** Amsterdam date. */
  date: string;
  held: boolean;
}

/** One sent invitation that was not withdrawn: which organisation, and the answer. */
export interface InvitationFact {
  meetingId: number;
  organisationId: number;
  organisationName: string;
  rsvp: RsvpStatus;
}

/** What the coordinator recorded after a meeting: whether an organisation was there. */
export interface PresenceFact {
  meetingId: number;
  organisationId: number;
  organisationName: string;
  present: boolean;
}

/** An organisation at one meeting: invited, answered (anyone of it), came (null while not recorded). */
export interface ParticipationCell {
  invited: boolean;
  answered: boolean;
  came: boolean | null;
}

export interface ParticipationRow {
  organisationId: number;
  organisationName: string;
  /** Per meeting, in the order of `meetings`. */
  cells: ParticipationCell[];
  invited: number;
  answered: number;
  came: number;
  /** Meetings of which presence was recorded while the organisation was invited. */
  recorded: number;
}

/**
 * Per organisation, per meeting: invited, answered, came; and the year's totals. An organisation is invited when at
 * least one of its contacts had an invitation, and has answered when any of them answered. "Came" is what the
 * coordinator recorded after the meeting; an organisation can come without an invitation (it counts as came).
 */
export function participation(
  meetings: readonly MeetingFact[],
  invitations: readonly InvitationFact[],
  presence: readonly PresenceFact[],
): ParticipationRow[] {
  const organisations = new Map<number, string>();
  for (const row of [...invitations, ...presence])
    organisations.set(row.organisationId, row.organisationName);
  const rows = [...organisations].map(([organisationId, organisationName]) => {
    const cells = meetings.map((meeting) => {
      const own = invitations.filter(
        (row) => row.meetingId === meeting.id && row.organisationId === organisationId,
      );
      const recorded = presence.filter((row) => row.meetingId === meeting.id);
      return {
        invited: own.length > 0,
        answered: own.some((row) => row.rsvp !== 'geen-reactie'),
        came:
          recorded.length === 0
            ? null
            : recorded.some((row) => row.organisationId === organisationId && row.present),
      };
    });
    return {
      organisationId,
      organisationName,
      cells,
      invited: cells.filter((cell) => cell.invited).length,
      answered: cells.filter((cell) => cell.answered).length,
      came: cells.filter((cell) => cell.came === true).length,
      recorded: cells.filter((cell) => cell.invited && cell.came !== null).length,
    };
  });
  return rows
    .filter((row) => row.cells.some((cell) => cell.invited || cell.came))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

// ---------------------------------------------------------------------------------------------------------------
// Follow-through

/** An agreement made at a meeting, with its owners, the theme of its topic, and when it was closed. */
export interface AgreementFact {
  id: number;
  meetingId: number;
  /** Amsterdam date of the meeting it was made at. */
  madeOn: string;
  /** `YYYY-MM-DD` (for "voor het volgende overleg": that meeting's date), or null while unknown. */
  dueDate: string | null;
  /** Open past its due date, by the agreements' own rule (`isOverdue`). */
  overdue: boolean;
  status: AgreementStatus;
  /** Amsterdam date it was last set to afgerond; null while not done. */
  doneOn: string | null;
  owners: readonly { id: number; name: string }[];
  theme: { id: number; name: string } | null;
}

export type FollowThroughKind = 'doneOnTime' | 'doneLate' | 'open' | 'overdue' | 'cancelled';

export interface FollowThroughCounts {
  made: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  overdue: number;
  cancelled: number;
}

/** Where an agreement stands: done on time (or without a due date) or late, open, overdue, or cancelled. */
export function followThroughKind(fact: AgreementFact): FollowThroughKind {
  if (fact.status === 'vervallen') return 'cancelled';
  if (fact.status === 'afgerond') {
    return fact.dueDate !== null && fact.doneOn !== null && fact.doneOn > fact.dueDate
      ? 'doneLate'
      : 'doneOnTime';
  }
  return fact.overdue ? 'overdue' : 'open';
}

const emptyCounts = (): FollowThroughCounts => ({
  made: 0,
  doneOnTime: 0,
  doneLate: 0,
  open: 0,
  overdue: 0,
  cancelled: 0,
});

export interface FollowThroughGroup extends FollowThroughCounts {
  id: number | null;
  name: string;
}

export interface FollowThrough {
  total: FollowThroughCounts;
  /** An agreement with two owners counts for both. */
  byOrganisation: FollowThroughGroup[];
  /** Agreements recorded under a standing item have no theme: `id` null. */
  byTheme: FollowThroughGroup[];
}

/** Agreements made, done on time, done late, open, overdue and cancelled: in all, per organisation and per theme. */
export function followThrough(facts: readonly AgreementFact[]): FollowThrough {
  const total = emptyCounts();
  const organisations = new Map<number, FollowThroughGroup>();
  const themes = new Map<number | null, FollowThroughGroup>();
  const add = (counts: FollowThroughCounts, kind: FollowThroughKind) => {
    counts.made += 1;
    counts[kind] += 1;
  };
  for (const fact of facts) {
    const kind = followThroughKind(fact);
    add(total, kind);
    for (const owner of fact.owners) {
      const group = organisations.get(owner.id) ?? { id: owner.id, name: owner.name, ...emptyCounts() };
      organisations.set(owner.id, group);
      add(group, kind);
    }
    const themeId = fact.theme?.id ?? null;
    const group = themes.get(themeId) ?? { id: themeId, name: fact.theme?.name ?? '', ...emptyCounts() };
    themes.set(themeId, group);
    add(group, kind);
  }
  const byName = (a: FollowThroughGroup, b: FollowThroughGroup) =>
    (a.id === null ? 1 : 0) - (b.id === null ? 1 : 0) || a.name.localeCompare(b.name, 'nl');
  return {
    total,
    byOrganisation: [...organisations.values()].sort(byName),
    byTheme: [...themes.values()].sort(byName),
  };
}
