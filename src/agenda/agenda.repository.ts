// Queries for a meeting's agenda: the ordered agenda items with their topics; the only writer of agenda_items.
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { leftJoined, lookup } from '../db/lookup.js';
import { prepared } from '../db/prepared.js';
import { agendaItems, topics } from '../db/schema/index.js';
import { organisationOf } from '../organisations/organisations.repository.js';
import { themeOf } from '../organisations/themes.repository.js';
import { insertionIndex, standingDefaults } from './agenda.js';
import { createTopicsRepository } from './topics.repository.js';

export type AgendaItem = typeof agendaItems.$inferSelect;

/** A column of the agenda item `id` names, for another module's query (see `lookup`). */
export const agendaItemOf = <K extends keyof AgendaItem, TId extends SQLiteColumn | SQL>(field: K, id: TId) =>
  lookup(agendaItems[field], agendaItems.id, id);

const itemRows = prepared((db, variant: 'current' | 'removed' | 'all') =>
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
      organisationName: organisationOf('name', leftJoined(topics.organisationId)),
      themeId: topics.themeId,
      themeName: themeOf('name', leftJoined(topics.themeId)),
    })
    .from(agendaItems)
    .leftJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(
      and(
        eq(agendaItems.meetingId, sql.placeholder('meetingId')),
        variant === 'all'
          ? undefined
          : variant === 'removed'
            ? isNotNull(agendaItems.removedAt)
            : isNull(agendaItems.removedAt),
      ),
    )
    .orderBy(asc(agendaItems.position), asc(agendaItems.id))
    .prepare(),
);

/** What a meeting's agenda view is built from (see `agendaView`). */
export type AgendaRows = ReturnType<typeof readAgenda>;

/** A meeting's agenda items, the items taken off after publishing, and the topics merged into their topics. */
export function readAgenda(db: DbOrTx, meetingId: number) {
  // One query for both: every page that shows an agenda reads them together.
  const rows = itemRows(db, 'all').all({ meetingId });
  const items = rows.filter((row) => row.removedAt === null);
  const removed = rows.filter((row) => row.removedAt !== null);
  const topicIds = [...items, ...removed].flatMap((row) => (row.topicId ? [row.topicId] : []));
  return { items, removed, merged: createTopicsRepository(db).mergedInto(topicIds) };
}

export function createAgendaRepository(db: DbOrTx) {
  const renumber = (ids: readonly number[]) => {
    ids.forEach((id, position) => {
      db.update(agendaItems).set({ position }).where(eq(agendaItems.id, id)).run();
    });
  };

  return {
    /** The agenda items, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, agendaItems)];
    },

    /** The items on the agenda, in order, with their topic's title, theme and organisation. */
    items(meetingId: number) {
      return itemRows(db, 'current').all({ meetingId });
    },

    /** Items taken off the agenda after it was published. */
    removedItems(meetingId: number) {
      return itemRows(db, 'removed').all({ meetingId });
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
      const current = this.items(meetingId);
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
  };
}
