// Queries for the agreements, their owners, history and progress notes, the minutes and the mailed agreement lists.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { agendaItemOf } from '../agenda/agenda.repository.js';
import { topicIdsOfTheme, topicOf } from '../agenda/topics.repository.js';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { inList, prepared } from '../db/prepared.js';
import {
  type AgreementEventKind,
  type AgreementStatus,
  agreementEvents,
  agreementListMailings,
  agreementNotes,
  agreementOwners,
  agreements,
  minutes,
} from '../db/schema/index.js';
import { meetingIdsStartedBefore, meetingOf } from '../meetings/meetings.repository.js';
import { contactOf } from '../organisations/contacts.repository.js';
import { organisationOf } from '../organisations/organisations.repository.js';
import { themeOf } from '../organisations/themes.repository.js';
import type { Due } from './agreements.js';

export type Agreement = typeof agreements.$inferSelect;

/** What the register and the carry-over list filter on; all optional. */
export interface AgreementQuery {
  meetingId?: number;
  /** Agreements made at any of these meetings. */
  meetingIds?: readonly number[];
  /** Agreements made at a meeting that started before this instant. */
  madeBefore?: string;
  organisationId?: number;
  themeId?: number;
  status?: AgreementStatus;
  agendaItemId?: number;
  ids?: number[];
  /** Open agreements and those whose status changed at this meeting (a superset of what `carriedOver` keeps). */
  openOrHandledAt?: number;
  /** Open agreements, and every agreement made at any of these meetings. */
  openOrMeetingIds?: readonly number[];
}

const dueColumns = (due: Due) =>
  due.kind === 'date'
    ? { dueDate: due.date, dueNextMeeting: false }
    : { dueDate: null, dueNextMeeting: true };

/** The filters of `AgreementQuery`, in a fixed order: a list query is prepared once per combination used. */
const FILTERS = [
  'meetingId',
  'meetingIds',
  'madeBefore',
  'organisationId',
  'themeId',
  'status',
  'agendaItemId',
  'ids',
  'openOrHandledAt',
  'openOrMeetingIds',
] as const;
type Filter = (typeof FILTERS)[number];

const listed = prepared((db, variant: string) => {
  const uses = new Set(variant.split(',') as Filter[]);
  const where = (filter: Filter, condition: () => SQL) => (uses.has(filter) ? condition() : undefined);
  // Aliased, so the order by reads the selected value instead of looking the meeting up a second time.
  const meetingStartsAt = meetingOf('startsAt', agreements.meetingId).as('meeting_starts_at');
  return db
    .select({
      id: agreements.id,
      meetingId: agreements.meetingId,
      agendaItemId: agreements.agendaItemId,
      text: agreements.text,
      dueDate: agreements.dueDate,
      dueNextMeeting: agreements.dueNextMeeting,
      status: agreements.status,
      reportedDoneAt: agreements.reportedDoneAt,
      reminderSentFor: agreements.reminderSentFor,
      createdAt: agreements.createdAt,
      meetingTitle: meetingOf('title', agreements.meetingId),
      meetingStartsAt,
      standing: agendaItemOf('standing', agreements.agendaItemId),
      topicTitle: topicOf('title', agreements.topicId),
      themeId: topicOf('themeId', agreements.topicId),
      themeName: themeOf('name', topicOf('themeId', agreements.topicId)),
    })
    .from(agreements)
    .where(
      and(
        where('meetingId', () => eq(agreements.meetingId, sql.placeholder('meetingId'))),
        where('meetingIds', () => inList(agreements.meetingId, 'meetingIds')),
        where('madeBefore', () =>
          inArray(agreements.meetingId, meetingIdsStartedBefore(sql.placeholder('madeBefore'))),
        ),
        where('themeId', () => inArray(agreements.topicId, topicIdsOfTheme(sql.placeholder('themeId')))),
        where('status', () => eq(agreements.status, sql.placeholder('status'))),
        where('agendaItemId', () => eq(agreements.agendaItemId, sql.placeholder('agendaItemId'))),
        where('ids', () => inList(agreements.id, 'ids')),
        where(
          'openOrHandledAt',
          () =>
            sql`(${agreements.status} = 'open' or ${agreements.id} in (select ${agreementEvents.agreementId} from ${agreementEvents} where ${agreementEvents.kind} = 'status' and ${agreementEvents.meetingId} = ${sql.placeholder('openOrHandledAt')}))`,
        ),
        where(
          'openOrMeetingIds',
          () => sql`(${agreements.status} = 'open' or ${inList(agreements.meetingId, 'openOrMeetingIds')})`,
        ),
        where('organisationId', () =>
          inArray(
            agreements.id,
            db
              .select({ id: agreementOwners.agreementId })
              .from(agreementOwners)
              .where(eq(agreementOwners.organisationId, sql.placeholder('organisationId'))),
          ),
        ),
      ),
    )
    .orderBy(asc(meetingStartsAt), asc(agreements.id))
    .prepare();
});

/** What the dashboard's follow-up counts read of each open agreement (see `followUpCounts`). */
const openFollowUp = prepared((db) =>
  db
    .select({
      status: agreements.status,
      dueDate: agreements.dueDate,
      dueNextMeeting: agreements.dueNextMeeting,
      reportedDoneAt: agreements.reportedDoneAt,
      meetingStartsAt: meetingOf('startsAt', agreements.meetingId),
    })
    .from(agreements)
    .where(eq(agreements.status, 'open'))
    .prepare(),
);

const owners = prepared((db) => {
  const name = organisationOf('name', agreementOwners.organisationId).as('name');
  return db
    .select({ agreementId: agreementOwners.agreementId, id: agreementOwners.organisationId, name })
    .from(agreementOwners)
    .where(inList(agreementOwners.agreementId, 'ids'))
    .orderBy(asc(name))
    .prepare();
});

const statusEvents = prepared((db) =>
  db
    .select({ agreementId: agreementEvents.agreementId, meetingId: agreementEvents.meetingId })
    .from(agreementEvents)
    .where(and(inList(agreementEvents.agreementId, 'ids'), eq(agreementEvents.kind, 'status')))
    .orderBy(asc(agreementEvents.id))
    .prepare(),
);

const historyEvents = prepared((db) =>
  db
    .select({
      agreementId: agreementEvents.agreementId,
      kind: agreementEvents.kind,
      status: agreementEvents.status,
      dueDate: agreementEvents.dueDate,
      dueNextMeeting: agreementEvents.dueNextMeeting,
      meetingTitle: meetingOf('title', agreementEvents.meetingId),
      by: contactOf('name', agreementEvents.contactId),
      at: agreementEvents.at,
    })
    .from(agreementEvents)
    .where(inList(agreementEvents.agreementId, 'ids'))
    .orderBy(asc(agreementEvents.at), asc(agreementEvents.id))
    .prepare(),
);

const historyNotes = prepared((db) =>
  db
    .select({
      id: agreementNotes.id,
      agreementId: agreementNotes.agreementId,
      text: agreementNotes.text,
      by: contactOf('name', agreementNotes.contactId),
      organisationName: organisationOf('name', agreementNotes.organisationId),
      at: agreementNotes.createdAt,
    })
    .from(agreementNotes)
    .where(inList(agreementNotes.agreementId, 'ids'))
    .orderBy(asc(agreementNotes.createdAt), asc(agreementNotes.id))
    .prepare(),
);

const minutesOfMeeting = prepared((db) =>
  db
    .select()
    .from(minutes)
    .where(eq(minutes.meetingId, sql.placeholder('meetingId')))
    .prepare(),
);

const doneEvents = prepared((db) =>
  db
    .select({ agreementId: agreementEvents.agreementId, at: sql<string>`max(${agreementEvents.at})` })
    .from(agreementEvents)
    .where(
      and(
        inList(agreementEvents.agreementId, 'ids'),
        eq(agreementEvents.kind, 'status'),
        eq(agreementEvents.status, 'afgerond'),
      ),
    )
    .groupBy(agreementEvents.agreementId)
    .prepare(),
);

export function createAgreementsRepository(db: DbOrTx) {
  const ownersOf = (ids: readonly number[]) =>
    ids.length === 0 ? [] : owners(db).all({ ids: inList.values(ids) });

  /** The meeting at which each agreement's status last changed, for the carry-over list. */
  const handledAt = (ids: readonly number[]) => {
    if (ids.length === 0) return new Map<number, number>();
    const rows = statusEvents(db).all({ ids: inList.values(ids) });
    const map = new Map<number, number>();
    for (const row of rows) {
      if (row.meetingId === null) map.delete(row.agreementId);
      else map.set(row.agreementId, row.meetingId);
    }
    return map;
  };

  return {
    /** The agreements, their owners and progress notes and the minutes, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [agreements, agreementOwners, agreementNotes, minutes].map((table) => exportTable(db, table));
    },

    /** Agreements with their meeting, agenda item, theme and owners, oldest meeting first. */
    list(query: AgreementQuery = {}) {
      const used = FILTERS.filter(
        (filter) => query[filter] !== undefined && query[filter] !== 0 && query[filter] !== '',
      );
      const values: Record<string, unknown> = {};
      for (const filter of used) {
        const value = query[filter];
        values[filter] = Array.isArray(value) ? inList.values(value) : value;
      }
      const rows = listed(db, used.join(',')).all(values);
      const ids = rows.map((row) => row.id);
      const ownerRows = ownersOf(ids);
      const handled = handledAt(ids);
      return rows.map((row) => ({
        ...row,
        owners: ownerRows
          .filter((owner) => owner.agreementId === row.id)
          .map(({ id, name }) => ({ id, name })),
        handledAtMeetingId: handled.get(row.id) ?? null,
      }));
    },

    openFollowUpFacts() {
      return openFollowUp(db).all();
    },

    find(id: number): Agreement | null {
      return db.select().from(agreements).where(eq(agreements.id, id)).get() ?? null;
    },

    ownerIds(id: number): number[] {
      return ownersOf([id]).map((owner) => owner.id);
    },

    insert(
      values: {
        meetingId: number;
        agendaItemId: number | null;
        topicId: number | null;
        text: string;
        due: Due;
        status: AgreementStatus;
      },
      now: Date,
    ): number {
      const at = now.toISOString();
      return db
        .insert(agreements)
        .values({
          meetingId: values.meetingId,
          agendaItemId: values.agendaItemId,
          topicId: values.topicId,
          text: values.text,
          status: values.status,
          ...dueColumns(values.due),
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: agreements.id })
        .get().id;
    },

    update(id: number, values: { text?: string; due?: Due; status?: AgreementStatus }, now: Date) {
      db.update(agreements)
        .set({
          ...(values.text === undefined ? {} : { text: values.text }),
          ...(values.due ? dueColumns(values.due) : {}),
          ...(values.status ? { status: values.status } : {}),
          updatedAt: now.toISOString(),
        })
        .where(eq(agreements.id, id))
        .run();
    },

    /** Sets or clears "gereed gemeld". */
    setReportedDone(id: number, by: number | null, now: Date | null) {
      db.update(agreements)
        .set({ reportedDoneAt: now?.toISOString() ?? null, reportedDoneBy: by })
        .where(eq(agreements.id, id))
        .run();
    },

    /** Marks the reminder for `dueDate` as sent; false when another run already did (sent once). */
    markReminded(id: number, dueDate: string): boolean {
      return (
        db
          .update(agreements)
          .set({ reminderSentFor: dueDate })
          .where(and(eq(agreements.id, id), sql`${agreements.reminderSentFor} is not ${dueDate}`))
          .run().changes > 0
      );
    },

    remove(id: number) {
      db.delete(agreements).where(eq(agreements.id, id)).run();
    },

    setOwners(id: number, organisationIds: readonly number[]) {
      db.delete(agreementOwners).where(eq(agreementOwners.agreementId, id)).run();
      for (const organisationId of organisationIds)
        db.insert(agreementOwners).values({ agreementId: id, organisationId }).run();
    },

    addEvent(
      agreementId: number,
      event: {
        kind: AgreementEventKind;
        meetingId?: number | null;
        status?: AgreementStatus;
        due?: Due;
        contactId: number | null;
      },
      now: Date,
    ) {
      db.insert(agreementEvents)
        .values({
          agreementId,
          kind: event.kind,
          meetingId: event.meetingId ?? null,
          status: event.status ?? null,
          ...(event.due ? dueColumns(event.due) : {}),
          contactId: event.contactId,
          at: now.toISOString(),
        })
        .run();
    },

    /** When each of the agreements was last set to afgerond (ISO instant), by agreement id. */
    doneAt(ids: readonly number[]): Map<number, string> {
      if (ids.length === 0) return new Map();
      const rows = doneEvents(db).all({ ids: inList.values(ids) });
      return new Map(rows.map((row) => [row.agreementId, row.at]));
    },

    /** The history of the agreements: events and progress notes, oldest first. */
    history(ids: readonly number[]) {
      if (ids.length === 0) return { events: [], notes: [] };
      const list = { ids: inList.values(ids) };
      return { events: historyEvents(db).all(list), notes: historyNotes(db).all(list) };
    },

    addNote(
      agreementId: number,
      note: { text: string; contactId: number; organisationId: number },
      now: Date,
    ) {
      db.insert(agreementNotes)
        .values({ agreementId, ...note, createdAt: now.toISOString() })
        .run();
    },

    /** The text of the agreement's latest progress note, when `contactId` wrote it; else null. */
    lastNoteBy(agreementId: number, contactId: number): string | null {
      const last = db
        .select({ text: agreementNotes.text, contactId: agreementNotes.contactId })
        .from(agreementNotes)
        .where(eq(agreementNotes.agreementId, agreementId))
        .orderBy(desc(agreementNotes.id))
        .limit(1)
        .get();
      return last && last.contactId === contactId ? last.text : null;
    },

    minutesOf(meetingId: number) {
      return minutesOfMeeting(db).all({ meetingId });
    },

    /** Writes an item's minutes; an empty text removes them. */
    saveMinutes(
      item: { meetingId: number; agendaItemId: number; topicId: number | null },
      text: string,
      now: Date,
    ) {
      const existing = db.select().from(minutes).where(eq(minutes.agendaItemId, item.agendaItemId)).get();
      if (!text) {
        if (existing) db.delete(minutes).where(eq(minutes.id, existing.id)).run();
        return;
      }
      if (existing) {
        db.update(minutes)
          .set({ text, updatedAt: now.toISOString() })
          .where(eq(minutes.id, existing.id))
          .run();
        return;
      }
      db.insert(minutes)
        .values({ ...item, text, status: 'concept', updatedAt: now.toISOString() })
        .run();
    },

    /** Establishes every minutes row of a meeting; the number of rows that changed (0 when already done). */
    establishMinutes(meetingId: number, now: Date): number {
      return db
        .update(minutes)
        .set({ status: 'vastgesteld', establishedAt: now.toISOString() })
        .where(and(eq(minutes.meetingId, meetingId), eq(minutes.status, 'concept')))
        .run().changes;
    },

    recordMailing(meetingId: number, recipients: number, sentBy: number | null, now: Date) {
      db.insert(agreementListMailings)
        .values({ meetingId, recipients, sentBy, sentAt: now.toISOString() })
        .run();
    },

    lastMailing(meetingId: number) {
      return (
        db
          .select()
          .from(agreementListMailings)
          .where(eq(agreementListMailings.meetingId, meetingId))
          .orderBy(desc(agreementListMailings.id))
          .limit(1)
          .get() ?? null
      );
    },

    /** How many agreements an organisation owns or wrote progress notes on: what keeps it from being deleted. */
    countNaming(organisationId: number): number {
      return (
        db.get<{ n: number }>(
          sql`select count(*) as n from (select ${agreementOwners.agreementId} from ${agreementOwners} where ${agreementOwners.organisationId} = ${organisationId} union select ${agreementNotes.agreementId} from ${agreementNotes} where ${agreementNotes.organisationId} = ${organisationId})`,
        )?.n ?? 0
      );
    },
  };
}

export type AgreementsRepository = ReturnType<typeof createAgreementsRepository>;
export type AgreementRow = ReturnType<AgreementsRepository['list']>[number];
export type AgreementHistory = ReturnType<AgreementsRepository['history']>;
export type MinutesRow = ReturnType<AgreementsRepository['minutesOf']>[number];
