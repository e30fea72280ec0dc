// Queries for meetings and their recorded changes, including which meetings a member's organisation is part of.
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import {
  contacts,
  invitations,
  type MeetingChangeKind,
  type MeetingStatus,
  meetingChanges,
  meetings,
} from '../db/schema/index.js';
import { type MeetingValues, NOTIFIABLE_CHANGES } from './meetings.js';

export type Meeting = typeof meetings.$inferSelect;

/** The viewer of a meeting list: the coordinator sees all, a member what their organisation is part of. */
export interface Viewer {
  role: 'member' | 'coordinator';
  organisationId: number;
  organisationKind: 'school' | 'core' | 'optional';
}

export function createMeetingsRepository(db: DbOrTx) {
  /** Meetings one of the organisation's contacts is (still) invited to. */
  const invitedMeetingIds = (organisationId: number) =>
    db
      .select({ id: invitations.meetingId })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .where(and(eq(contacts.organisationId, organisationId), isNull(invitations.removedAt)));

  /** The SQL form of `isPartOf` in meetings.ts. */
  const visibleTo = (viewer: Viewer) => {
    if (viewer.role === 'coordinator') return undefined;
    const notConcept = ne(meetings.status, 'concept');
    if (viewer.organisationKind === 'optional') {
      return and(notConcept, inArray(meetings.id, invitedMeetingIds(viewer.organisationId)));
    }
    return notConcept;
  };

  return {
    find(id: number): Meeting | null {
      return db.select().from(meetings).where(eq(meetings.id, id)).get() ?? null;
    },

    /** Whether the organisation has a contact with an invitation for the meeting. */
    isInvited(meetingId: number, organisationId: number): boolean {
      return (
        db
          .select({ id: invitations.id })
          .from(invitations)
          .innerJoin(contacts, eq(contacts.id, invitations.contactId))
          .where(
            and(
              eq(invitations.meetingId, meetingId),
              eq(contacts.organisationId, organisationId),
              isNull(invitations.removedAt),
            ),
          )
          .get() !== undefined
      );
    },

    listVisibleTo(viewer: Viewer): Meeting[] {
      return db.select().from(meetings).where(visibleTo(viewer)).orderBy(asc(meetings.startsAt)).all();
    },

    /** The next meeting that has not ended yet: planned, or for the coordinator also a concept. */
    nextFor(viewer: Viewer, now: Date): Meeting | null {
      const statuses: MeetingStatus[] = viewer.role === 'coordinator' ? ['gepland', 'concept'] : ['gepland'];
      return (
        db
          .select()
          .from(meetings)
          .where(
            and(
              visibleTo(viewer),
              inArray(meetings.status, statuses),
              gte(meetings.endsAt, now.toISOString()),
            ),
          )
          .orderBy(asc(meetings.startsAt))
          .limit(1)
          .get() ?? null
      );
    },

    /** The start of the latest meeting that was not cancelled: the planner aims six months after it. */
    lastMeeting(): Meeting | null {
      return (
        db
          .select()
          .from(meetings)
          .where(ne(meetings.status, 'geannuleerd'))
          .orderBy(desc(meetings.startsAt))
          .limit(1)
          .get() ?? null
      );
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

    /** Whether any invitation for the meeting has been sent, which makes every later change an update. */
    invitationsSent(meetingId: number): boolean {
      return (
        db
          .select({ id: invitations.id })
          .from(invitations)
          .where(and(eq(invitations.meetingId, meetingId), isNotNull(invitations.sentSequence)))
          .get() !== undefined
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
      return db
        .select({
          id: meetingChanges.id,
          kind: meetingChanges.kind,
          details: meetingChanges.details,
          changedAt: meetingChanges.changedAt,
          notifiedAt: meetingChanges.notifiedAt,
          changedByName: contacts.name,
        })
        .from(meetingChanges)
        .leftJoin(contacts, eq(contacts.id, meetingChanges.changedBy))
        .where(eq(meetingChanges.meetingId, meetingId))
        .orderBy(desc(meetingChanges.changedAt), desc(meetingChanges.id))
        .all();
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
