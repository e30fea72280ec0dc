// Queries for a meeting's agenda: the meetings that take topics, the ordered agenda items, who is invited and who
// receives the agenda's mail.
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import {
  agendaItems,
  contacts,
  invitations,
  meetings,
  organisations,
  themePartners,
  themes,
  topics,
} from '../db/schema/index.js';
import { mailableContact } from '../organisations/contacts.repository.js';
import { insertionIndex, MEETING_STATUSES_AHEAD, organisationsToNotify, standingDefaults } from './agenda.js';

export type Meeting = typeof meetings.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;

export function createAgendaRepository(db: DbOrTx) {
  const itemRows = (meetingId: number, removed: boolean) =>
    db
      .select({
        id: agendaItems.id,
        position: agendaItems.position,
        standing: agendaItems.standing,
        topicId: agendaItems.topicId,
        minutes: agendaItems.minutes,
        changedAfterPublishAt: agendaItems.changedAfterPublishAt,
        removedAt: agendaItems.removedAt,
        title: topics.title,
        description: topics.description,
        desiredOutcome: topics.desiredOutcome,
        organisationId: topics.organisationId,
        organisationName: organisations.name,
        themeId: topics.themeId,
        themeName: themes.name,
      })
      .from(agendaItems)
      .leftJoin(topics, eq(topics.id, agendaItems.topicId))
      .leftJoin(organisations, eq(organisations.id, topics.organisationId))
      .leftJoin(themes, eq(themes.id, topics.themeId))
      .where(
        and(
          eq(agendaItems.meetingId, meetingId),
          removed ? isNotNull(agendaItems.removedAt) : isNull(agendaItems.removedAt),
        ),
      )
      .orderBy(asc(agendaItems.position), asc(agendaItems.id))
      .all();

  const renumber = (ids: readonly number[]) => {
    ids.forEach((id, position) => {
      db.update(agendaItems).set({ position }).where(eq(agendaItems.id, id)).run();
    });
  };

  return {
    findMeeting(id: number): Meeting | null {
      return db.select().from(meetings).where(eq(meetings.id, id)).get() ?? null;
    },

    /** Concept and planned meetings: where topics can go and where deferred topics move to. */
    meetingsAhead(): Meeting[] {
      return db
        .select()
        .from(meetings)
        .where(inArray(meetings.status, [...MEETING_STATUSES_AHEAD]))
        .orderBy(asc(meetings.startsAt))
        .all();
    },

    /** The items on the agenda, in order, with their topic's title, theme and organisation. */
    items(meetingId: number) {
      return itemRows(meetingId, false);
    },

    /** Items taken off the agenda after it was published. */
    removedItems(meetingId: number) {
      return itemRows(meetingId, true);
    },

    findItem(meetingId: number, id: number): AgendaItem | null {
      return (
        db
          .select()
          .from(agendaItems)
          .where(
            and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId), isNull(agendaItems.removedAt)),
          )
          .get() ?? null
      );
    },

    /** Creates the standing items the first time the agenda is opened; does nothing when it has items. */
    ensureStandingItems(meetingId: number) {
      const existing = db
        .select({ n: sql<number>`count(*)` })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, meetingId))
        .get();
      if ((existing?.n ?? 0) > 0) return;
      standingDefaults.forEach(({ standing, minutes }, position) => {
        db.insert(agendaItems).values({ meetingId, position, standing, minutes }).run();
      });
    },

    /** Puts an accepted topic on the agenda, before rondvraag and sluiting. */
    addTopic(meetingId: number, topicId: number, minutes: number, changedAt: string | null) {
      const current = itemRows(meetingId, false);
      const id = db
        .insert(agendaItems)
        .values({ meetingId, topicId, minutes, position: current.length, changedAfterPublishAt: changedAt })
        .returning({ id: agendaItems.id })
        .get().id;
      const order = current.map((item) => item.id);
      order.splice(insertionIndex(current), 0, id);
      renumber(order);
    },

    /** Takes a topic off the agenda: deleted before publishing, kept as "vervallen" after. */
    removeTopic(meetingId: number, topicId: number, removedAt: string | null) {
      const where = and(
        eq(agendaItems.meetingId, meetingId),
        eq(agendaItems.topicId, topicId),
        isNull(agendaItems.removedAt),
      );
      if (removedAt) db.update(agendaItems).set({ removedAt }).where(where).run();
      else db.delete(agendaItems).where(where).run();
    },

    /** Stores a new order; `changedAt` marks the moved item when the agenda is already published. */
    reorder(order: readonly number[], moved: number, changedAt: string | null) {
      renumber(order);
      if (changedAt)
        db.update(agendaItems)
          .set({ changedAfterPublishAt: changedAt })
          .where(eq(agendaItems.id, moved))
          .run();
    },

    setMinutes(id: number, minutes: number, changedAt: string | null) {
      db.update(agendaItems)
        .set(changedAt ? { minutes, changedAfterPublishAt: changedAt } : { minutes })
        .where(eq(agendaItems.id, id))
        .run();
    },

    /** Marks the topic's item as changed (its text or organisations changed after publishing). */
    markTopicChanged(meetingId: number, topicId: number, changedAt: string) {
      db.update(agendaItems)
        .set({ changedAfterPublishAt: changedAt })
        .where(
          and(
            eq(agendaItems.meetingId, meetingId),
            eq(agendaItems.topicId, topicId),
            isNull(agendaItems.removedAt),
          ),
        )
        .run();
    },

    /** Sets the publication time; false when another request published first. */
    publish(meetingId: number, now: string): boolean {
      return (
        db
          .update(meetings)
          .set({ agendaPublishedAt: now, updatedAt: now })
          .where(and(eq(meetings.id, meetingId), isNull(meetings.agendaPublishedAt)))
          .run().changes === 1
      );
    },

    /** Records that the reminder went out; false when it already had. */
    markReminderSent(meetingId: number, now: string): boolean {
      return (
        db
          .update(meetings)
          .set({ reminderSentAt: now })
          .where(and(eq(meetings.id, meetingId), isNull(meetings.reminderSentAt)))
          .run().changes === 1
      );
    },

    /**
     * The organisations invited to the meeting: those with an invitation once the invitations module sends them,
     * and until then (and in addition) the rule of `organisationsToNotify`.
     */
    invitedOrganisationIds(meetingId: number): number[] {
      const active = db
        .select({ id: organisations.id, kind: organisations.kind })
        .from(organisations)
        .where(isNull(organisations.archivedAt))
        .all();
      const acceptedThemeIds = db
        .selectDistinct({ id: topics.themeId })
        .from(topics)
        .where(and(eq(topics.meetingId, meetingId), eq(topics.status, 'geagendeerd')))
        .all()
        .map((row) => row.id);
      const links = db.select().from(themePartners).all();
      const invited = db
        .selectDistinct({ id: contacts.organisationId })
        .from(invitations)
        .innerJoin(contacts, eq(contacts.id, invitations.contactId))
        .where(and(eq(invitations.meetingId, meetingId), isNull(invitations.removedAt)))
        .all()
        .map((row) => row.id);
      const ruled = organisationsToNotify({ organisations: active, acceptedThemeIds, themePartners: links });
      return [...new Set([...ruled, ...invited])];
    },

    /** Contacts who receive the meeting's mail for these organisations: active, with an address, receiving invitations. */
    recipientsOf(organisationIds: readonly number[], alsoContactIds: readonly number[] = []) {
      if (organisationIds.length === 0 && alsoContactIds.length === 0) return [];
      return db
        .select({
          id: contacts.id,
          name: contacts.name,
          email: contacts.email,
          organisationId: organisations.id,
          organisationName: organisations.name,
        })
        .from(contacts)
        .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
        .where(
          and(
            mailableContact(),
            or(
              and(
                inArray(contacts.organisationId, [...organisationIds]),
                eq(contacts.receivesInvitations, true),
              ),
              inArray(contacts.id, [...alsoContactIds]),
            ),
          ),
        )
        .orderBy(asc(organisations.name), asc(contacts.name))
        .all()
        .flatMap((row) => (row.email ? [{ ...row, email: row.email }] : []));
    },

    activeSchools() {
      return db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.kind, 'school'), isNull(organisations.archivedAt)))
        .orderBy(asc(organisations.name))
        .all();
    },
  };
}
