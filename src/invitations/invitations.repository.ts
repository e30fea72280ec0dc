// Queries for invitations and their RSVP links: the proposal's input, the invitees of a meeting, answers, reminders.
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { inList, prepared } from '../db/prepared.js';
import {
  type InvitationReason,
  invitations,
  invitationTokens,
  meetingPresence,
  type RsvpSource,
  type RsvpStatus,
} from '../db/schema/index.js';
import { meetingOf } from '../meetings/meetings.repository.js';
import { contactOf } from '../organisations/contacts.repository.js';
import { organisationOf } from '../organisations/organisations.repository.js';

export type Invitation = typeof invitations.$inferSelect;

const delegate = alias(invitations, 'delegate');

/** The organisation of the invited contact, and its name. */
const organisationId = contactOf('organisationId', invitations.contactId);
const organisationName = organisationOf('name', organisationId);
const contactName = contactOf('name', invitations.contactId);

/** Invitations with their contact and organisation, as pages and mail use them: of a meeting, or one by id. */
const inviteeRows = prepared((db, variant: 'meeting' | 'one') => {
  const query = db
    .select({
      id: invitations.id,
      meetingId: invitations.meetingId,
      contactId: invitations.contactId,
      reason: invitations.reason,
      reasonThemeId: invitations.reasonThemeId,
      reasonTopicId: invitations.reasonTopicId,
      rsvp: invitations.rsvp,
      rsvpComment: invitations.rsvpComment,
      rsvpAt: invitations.rsvpAt,
      rsvpSource: invitations.rsvpSource,
      delegatedFromId: invitations.delegatedFromId,
      reminderSentAt: invitations.reminderSentAt,
      agendaSentAt: invitations.agendaSentAt,
      sentSequence: invitations.sentSequence,
      removedAt: invitations.removedAt,
      contactName,
      email: contactOf('email', invitations.contactId),
      access: contactOf('access', invitations.contactId),
      organisationId,
      organisationName,
      organisationKind: organisationOf('kind', organisationId),
    })
    .from(invitations);
  return variant === 'one'
    ? query.where(eq(invitations.id, sql.placeholder('id'))).prepare()
    : query
        .where(eq(invitations.meetingId, sql.placeholder('id')))
        .orderBy(asc(organisationName), asc(contactName))
        .prepare();
});

const delegatesOf = prepared((db) =>
  db
    .select({ fromId: delegate.delegatedFromId, name: contactOf('name', delegate.contactId) })
    .from(delegate)
    .where(and(eq(delegate.meetingId, sql.placeholder('meetingId')), isNull(delegate.removedAt)))
    .prepare(),
);

const held = prepared((db) =>
  db
    .select({ meetingId: invitations.meetingId, contactId: invitations.contactId })
    .from(invitations)
    .where(and(inList(invitations.meetingId, 'meetingIds'), isNull(invitations.removedAt)))
    .prepare(),
);

const presenceOf = prepared((db) =>
  db
    .select({
      meetingId: meetingPresence.meetingId,
      organisationId: meetingPresence.organisationId,
      organisationName: organisationOf('name', meetingPresence.organisationId),
      present: meetingPresence.present,
      recordedAt: meetingPresence.recordedAt,
    })
    .from(meetingPresence)
    .where(inList(meetingPresence.meetingId, 'meetingIds'))
    .orderBy(asc(organisationOf('name', meetingPresence.organisationId)))
    .prepare(),
);

const participationRows = prepared((db) =>
  db
    .select({
      meetingId: invitations.meetingId,
      organisationId,
      organisationName,
      rsvp: invitations.rsvp,
    })
    .from(invitations)
    .where(
      and(
        inList(invitations.meetingId, 'meetingIds'),
        isNull(invitations.removedAt),
        isNotNull(invitations.sentSequence),
      ),
    )
    .prepare(),
);

const openOfContact = prepared((db) => {
  const startsAt = meetingOf('startsAt', invitations.meetingId);
  return db
    .select({
      invitation: invitations,
      meeting: {
        id: invitations.meetingId,
        title: meetingOf('title', invitations.meetingId),
        startsAt,
        endsAt: meetingOf('endsAt', invitations.meetingId),
        status: meetingOf('status', invitations.meetingId),
      },
    })
    .from(invitations)
    .where(and(eq(invitations.contactId, sql.placeholder('contactId')), isNull(invitations.removedAt)))
    .orderBy(asc(startsAt))
    .prepare();
});

export function createInvitationsRepository(db: DbOrTx) {
  return {
    find(id: number): Invitation | null {
      return db.select().from(invitations).where(eq(invitations.id, id)).get() ?? null;
    },

    /** The invitation behind an RSVP link: the first link's hash on the row, later links in `invitation_tokens`. */
    findByTokenHash(tokenHash: string): Invitation | null {
      const later = db
        .select({ id: invitationTokens.invitationId })
        .from(invitationTokens)
        .where(eq(invitationTokens.tokenHash, tokenHash));
      return (
        db
          .select()
          .from(invitations)
          .where(or(eq(invitations.tokenHash, tokenHash), inArray(invitations.id, later)))
          .get() ?? null
      );
    },

    findForContact(meetingId: number, contactId: number): Invitation | null {
      return (
        db
          .select()
          .from(invitations)
          .where(and(eq(invitations.meetingId, meetingId), eq(invitations.contactId, contactId)))
          .get() ?? null
      );
    },

    /** The contacts holding an invitation that was not withdrawn, per meeting: rule 3 of `participants`. */
    heldInvitations(meetingIds: readonly number[]): { meetingId: number; contactId: number }[] {
      if (meetingIds.length === 0) return [];
      return held(db).all({ meetingIds: inList.values(meetingIds) });
    },

    /** Every invitation of the meeting (also withdrawn ones), with contact, organisation and delegate's name. */
    invitees(meetingId: number) {
      const rows = inviteeRows(db, 'meeting').all({ id: meetingId });
      const delegates = delegatesOf(db).all({ meetingId });
      return rows.map((row) => ({
        ...row,
        delegatedToName: delegates.find((entry) => entry.fromId === row.id)?.name ?? null,
      }));
    },

    /** One invitation with its contact and organisation. */
    invitee(id: number) {
      return inviteeRows(db, 'one').get({ id }) ?? null;
    },

    /** The invitations of a contact for meetings that have not ended, with the meeting: the dashboard's list. */
    openForContact(contactId: number, nowIso: string) {
      return openOfContact(db)
        .all({ contactId })
        .filter((row) => row.meeting.endsAt > nowIso && row.invitation.sentSequence !== null);
    },

    insert(
      values: {
        meetingId: number;
        contactId: number;
        reason: InvitationReason;
        reasonThemeId: number | null;
        reasonTopicId: number | null;
        delegatedFromId?: number | null;
        tokenHash: string;
      },
      now: string,
    ): number {
      return db
        .insert(invitations)
        .values({ ...values, createdAt: now })
        .returning({ id: invitations.id })
        .get().id;
    },

    /** A withdrawn invitation that is invited again: a fresh start, as if new. */
    reinstate(
      id: number,
      tokenHash: string,
      reason: { reason: InvitationReason; reasonThemeId: number | null; reasonTopicId: number | null },
      now: string,
    ) {
      db.update(invitations)
        .set({
          ...reason,
          removedAt: null,
          delegatedFromId: null,
          agendaSentAt: null,
          rsvp: 'geen-reactie',
          rsvpComment: null,
          rsvpAt: now,
          rsvpSource: null,
          reminderSentAt: null,
          sentSequence: null,
          tokenHash,
        })
        .where(eq(invitations.id, id))
        .run();
    },

    addToken(invitationId: number, tokenHash: string, now: string) {
      db.insert(invitationTokens).values({ invitationId, tokenHash, createdAt: now }).run();
    },

    /** Whether any invitation for the meeting has been sent, which makes every later change an update. */
    anySent(meetingId: number): boolean {
      return (
        db
          .select({ id: invitations.id })
          .from(invitations)
          .where(and(eq(invitations.meetingId, meetingId), isNotNull(invitations.sentSequence)))
          .get() !== undefined
      );
    },

    setDelegatedFrom(id: number, fromId: number) {
      db.update(invitations).set({ delegatedFromId: fromId }).where(eq(invitations.id, id)).run();
    },

    markAgendaSent(id: number, now: string) {
      db.update(invitations).set({ agendaSentAt: now }).where(eq(invitations.id, id)).run();
    },

    markSent(id: number, sequence: number) {
      db.update(invitations).set({ sentSequence: sequence }).where(eq(invitations.id, id)).run();
    },

    markRemoved(id: number, now: string) {
      db.update(invitations)
        .set({ removedAt: now })
        .where(and(eq(invitations.id, id), isNull(invitations.removedAt)))
        .run();
    },

    setAnswer(
      id: number,
      answer: { rsvp: RsvpStatus; rsvpAt: string; rsvpSource: RsvpSource; rsvpComment?: string | null },
    ) {
      db.update(invitations).set(answer).where(eq(invitations.id, id)).run();
    },

    /**
     * A new time or place: everyone is asked again (ICAL.md point 9). `rsvpAt` becomes the moment of the change,
     * so an answer given before it (a late calendar reply) is older and never applies.
     */
    resetAnswers(invitationIds: readonly number[], now: string) {
      if (invitationIds.length === 0) return;
      db.update(invitations)
        .set({ rsvp: 'geen-reactie', rsvpAt: now, rsvpSource: null, rsvpComment: null, reminderSentAt: null })
        .where(inArray(invitations.id, [...invitationIds]))
        .run();
    },

    /** Records the reminder; false when it had already gone (another run of the job). */
    markReminded(id: number, now: string): boolean {
      return (
        db
          .update(invitations)
          .set({ reminderSentAt: now })
          .where(and(eq(invitations.id, id), isNull(invitations.reminderSentAt)))
          .run().changes === 1
      );
    },

    /** The sent, not withdrawn invitations to these meetings, with organisation and answer: participation's input. */
    participationFacts(meetingIds: readonly number[]) {
      return participationRows(db).all({ meetingIds: inList.values(meetingIds) });
    },

    /** Presence as recorded after these meetings. */
    presence(meetingIds: readonly number[]) {
      return presenceOf(db).all({ meetingIds: inList.values(meetingIds) });
    },

    /** Replaces the recorded presence of a meeting: one row per organisation on the list. */
    recordPresence(
      meetingId: number,
      rows: readonly { organisationId: number; present: boolean }[],
      now: string,
    ) {
      db.delete(meetingPresence).where(eq(meetingPresence.meetingId, meetingId)).run();
      if (rows.length === 0) return;
      db.insert(meetingPresence)
        .values(rows.map((row) => ({ meetingId, ...row, recordedAt: now })))
        .run();
    },
  };
}

export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
export type Invitee = NonNullable<ReturnType<InvitationsRepository['invitee']>>;
export type PresenceRow = ReturnType<InvitationsRepository['presence']>[number];
export type OpenInvitationRow = ReturnType<InvitationsRepository['openForContact']>[number];
/** An invitation to a meeting with its contact, organisation and delegate, as `invitees` lists them. */
export type MeetingInvitee = ReturnType<InvitationsRepository['invitees']>[number];
export type ParticipationFactRow = ReturnType<InvitationsRepository['participationFacts']>[number];
