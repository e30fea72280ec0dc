// Queries for meetings and their recorded changes; the only writer of the meetings table.
import { and, asc, desc, eq, gte, inArray, isNull, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { lookup } from '../db/lookup.js';
import { inList, prepared } from '../db/prepared.js';
import { type MeetingChangeKind, type MeetingStatus, meetingChanges, meetings } from '../db/schema/index.js';
import { contactOf } from '../organisations/contacts.repository.js';
import { MEETING_STATUSES_AHEAD, type MeetingValues, NOTIFIABLE_CHANGES } from './meetings.js';

export type Meeting = typeof meetings.$inferSelect;

/** A column of the meeting `id` names, for another module's query (see `lookup`). */
export const meetingOf = <K extends keyof Meeting, TId extends SQLiteColumn | SQL>(field: K, id: TId) =>
  lookup(meetings[field], meetings.id, id);

/** The ids of the meetings that started before `instant`, for another module's `inArray` filter. */
export const meetingIdsStartedBefore = (instant: SQL | Placeholder) =>
  sql`(select ${meetings.id} from ${meetings} where ${meetings.startsAt} < ${instant})`;

const byId = prepared((db) =>
  db
    .select()
    .from(meetings)
    .where(eq(meetings.id, sql.placeholder('id')))
    .prepare(),
);

const allByStart = prepared((db, variant: 'concepts' | 'planned') =>
  db
    .select()
    .from(meetings)
    .where(variant === 'concepts' ? undefined : ne(meetings.status, 'concept'))
    .orderBy(asc(meetings.startsAt))
    .prepare(),
);

const latest = prepared((db) =>
  db
    .select()
    .from(meetings)
    .where(ne(meetings.status, 'geannuleerd'))
    .orderBy(desc(meetings.startsAt))
    .limit(1)
    .prepare(),
);

const earliest = prepared((db) =>
  db
    .select({ startsAt: meetings.startsAt })
    .from(meetings)
    .orderBy(asc(meetings.startsAt))
    .limit(1)
    .prepare(),
);

const ahead = prepared((db) =>
  db
    .select()
    .from(meetings)
    .where(inArray(meetings.status, [...MEETING_STATUSES_AHEAD]))
    .orderBy(asc(meetings.startsAt))
    .prepare(),
);

const notEnded = prepared((db) =>
  db
    .select()
    .from(meetings)
    .where(and(inList(meetings.status, 'statuses'), gte(meetings.endsAt, sql.placeholder('now'))))
    .orderBy(asc(meetings.startsAt))
    .prepare(),
);

const changesOf = prepared((db) =>
  db
    .select({
      id: meetingChanges.id,
      kind: meetingChanges.kind,
      details: meetingChanges.details,
      changedAt: meetingChanges.changedAt,
      notifiedAt: meetingChanges.notifiedAt,
      changedByName: contactOf('name', meetingChanges.changedBy),
    })
    .from(meetingChanges)
    .where(eq(meetingChanges.meetingId, sql.placeholder('meetingId')))
    .orderBy(desc(meetingChanges.changedAt), desc(meetingChanges.id))
    .prepare(),
);

export function createMeetingsRepository(db: DbOrTx) {
  return {
    /** The meetings (their change log is not archived), for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, meetings)];
    },

    find(id: number): Meeting | null {
      return byId(db).get({ id }) ?? null;
    },

    /** All meetings (for a member: all but concepts, which are the coordinator's drafts), by start. */
    list(options: { concepts: boolean }): Meeting[] {
      return allByStart(db, options.concepts ? 'concepts' : 'planned').all();
    },

    /** Meetings in these statuses that have not ended at `now`, by start: the candidates for "the next meeting". */
    notEndedIn(statuses: readonly MeetingStatus[], now: Date): Meeting[] {
      return notEnded(db).all({ statuses: inList.values(statuses), now: now.toISOString() });
    },

    /** Planned meetings that have not started: where invitation reminders can be due and calendar replies go. */
    plannedAhead(now: Date): Meeting[] {
      const nowIso = now.toISOString();
      return db
        .select()
        .from(meetings)
        .where(eq(meetings.status, 'gepland'))
        .orderBy(asc(meetings.startsAt))
        .all()
        .filter((meeting) => meeting.startsAt > nowIso);
    },

    /** Concept and planned meetings: where topics can go and where deferred topics move to. */
    listAhead(): Meeting[] {
      return ahead(db).all();
    },

    /** The start of the first meeting ever entered, of any status. */
    firstStart(): string | null {
      return earliest(db).get()?.startsAt ?? null;
    },

    /** The latest meeting that was not cancelled: the planner aims six months after it. */
    lastMeeting(): Meeting | null {
      return latest(db).get() ?? null;
    },

    /** The location of the latest meeting that had one: meetings usually take place in the same room. */
    lastLocation(): string {
      return (
        db
          .select({ location: meetings.location })
          .from(meetings)
          .where(and(ne(meetings.location, ''), ne(meetings.status, 'geannuleerd')))
          .orderBy(desc(meetings.startsAt))
          .limit(1)
          .get()?.location ?? ''
      );
    },

    insert(values: MeetingValues, status: MeetingStatus, now: Date): number {
      const at = now.toISOString();
      return db
        .insert(meetings)
        .values({ ...values, status, createdAt: at, updatedAt: at })
        .returning({ id: meetings.id })
        .get().id;
    },

    update(id: number, values: MeetingValues & { sequence: number }, now: Date) {
      db.update(meetings)
        .set({ ...values, updatedAt: now.toISOString() })
        .where(eq(meetings.id, id))
        .run();
    },

    setStatus(
      id: number,
      status: MeetingStatus,
      now: Date,
      extra: { sequence?: number; cancelReason?: string } = {},
    ) {
      db.update(meetings)
        .set({ status, ...extra, updatedAt: now.toISOString() })
        .where(eq(meetings.id, id))
        .run();
    },

    /** Raises the meeting's SEQUENCE for a calendar message to some of its invitees (ICAL.md 7, 10). */
    raiseSequence(id: number, sequence: number, now: Date) {
      db.update(meetings).set({ sequence, updatedAt: now.toISOString() }).where(eq(meetings.id, id)).run();
    },

    /** Sets the agenda's publication time; false when another request published first. */
    markAgendaPublished(meetingId: number, now: Date): boolean {
      const at = now.toISOString();
      return (
        db
          .update(meetings)
          .set({ agendaPublishedAt: at, updatedAt: at })
          .where(and(eq(meetings.id, meetingId), isNull(meetings.agendaPublishedAt)))
          .run().changes === 1
      );
    },

    /** Records that the topic reminder went out; false when it already had. */
    markReminderSent(meetingId: number, now: Date): boolean {
      return (
        db
          .update(meetings)
          .set({ reminderSentAt: now.toISOString() })
          .where(and(eq(meetings.id, meetingId), isNull(meetings.reminderSentAt)))
          .run().changes === 1
      );
    },

    recordChange(
      meetingId: number,
      change: { kind: MeetingChangeKind; details: Record<string, unknown> },
      changedBy: number | null,
      now: Date,
    ) {
      db.insert(meetingChanges)
        .values({
          meetingId,
          kind: change.kind,
          details: JSON.stringify(change.details),
          changedBy,
          changedAt: now.toISOString(),
        })
        .run();
    },

    changes(meetingId: number) {
      return changesOf(db).all({ meetingId });
    },

    /** Changes nobody has been told about yet, oldest first: what the invitations send updates and cancels from. */
    unnotifiedChanges() {
      return db
        .select()
        .from(meetingChanges)
        .where(and(isNull(meetingChanges.notifiedAt), inArray(meetingChanges.kind, [...NOTIFIABLE_CHANGES])))
        .orderBy(asc(meetingChanges.id))
        .all();
    },

    /** The invitees have been sent the update or cancel for these changes. */
    markNotified(ids: readonly number[], now: Date) {
      if (ids.length === 0) return;
      db.update(meetingChanges)
        .set({ notifiedAt: now.toISOString() })
        .where(inArray(meetingChanges.id, [...ids]))
        .run();
    },

    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(meetings).get()?.n ?? 0;
    },
  };
}

export type MeetingsRepository = ReturnType<typeof createMeetingsRepository>;
