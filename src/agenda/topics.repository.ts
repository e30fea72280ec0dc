// Queries for agenda topics: what organisations submitted, their triage status and what was merged into what.
import { and, asc, desc, eq, gte, inArray, isNull, lt, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/connection.js';
import { type ExportedTable, exportTable } from '../db/export-table.js';
import { leftJoined, lookup } from '../db/lookup.js';
import { inList, prepared } from '../db/prepared.js';
import { type TopicStatus, topics } from '../db/schema/index.js';
import { meetingOf } from '../meetings/meetings.repository.js';
import { organisationOf } from '../organisations/organisations.repository.js';
import { themeOf } from '../organisations/themes.repository.js';
import { ACCEPTED_TOPIC_STATUSES, AWAITING_TRIAGE_STATUSES, type TopicValues } from './agenda.js';

export type Topic = typeof topics.$inferSelect;

/** A column of the topic `id` names, for another module's query (see `lookup`). */
export const topicOf = <K extends keyof Topic, TId extends SQLiteColumn | SQL>(field: K, id: TId) =>
  lookup(topics[field], topics.id, id);

/** The ids of a theme's topics, for another module's `inArray` filter. */
export const topicIdsOfTheme = (themeId: SQL | Placeholder) =>
  sql`(select ${topics.id} from ${topics} where ${topics.themeId} = ${themeId})`;

const target = alias(topics, 'target');

/** A topic with what the pages show next to it: theme, organisation, meeting and the topic it was merged into. */
const listColumns = {
  id: topics.id,
  meetingId: topics.meetingId,
  organisationId: topics.organisationId,
  organisationName: organisationOf('name', topics.organisationId),
  themeId: topics.themeId,
  themeName: themeOf('name', topics.themeId),
  title: topics.title,
  description: topics.description,
  desiredOutcome: topics.desiredOutcome,
  suggestedMinutes: topics.suggestedMinutes,
  status: topics.status,
  mergedIntoId: topics.mergedIntoId,
  mergedIntoTitle: target.title,
  mergedIntoOrganisation: organisationOf('name', leftJoined(target.organisationId)),
  declineReason: topics.declineReason,
  createdAt: topics.createdAt,
  updatedAt: topics.updatedAt,
  meetingTitle: meetingOf('title', topics.meetingId),
  meetingStartsAt: meetingOf('startsAt', topics.meetingId),
  meetingEndsAt: meetingOf('endsAt', topics.meetingId),
  meetingDeadline: meetingOf('topicDeadline', topics.meetingId),
  meetingStatus: meetingOf('status', topics.meetingId),
  meetingAgendaPublished: meetingOf('agendaPublishedAt', topics.meetingId),
};

export type TopicRow = ReturnType<ReturnType<typeof createTopicsRepository>['listForOrganisation']>[number];

/** Topics with their columns for pages, selected by one topic, an organisation, a meeting or "a later meeting". */
const listedBy = prepared((db, variant: 'topic' | 'organisation' | 'meeting' | 'later') => {
  const query = db.select(listColumns).from(topics).leftJoin(target, eq(target.id, topics.mergedIntoId));
  if (variant === 'topic') return query.where(eq(topics.id, sql.placeholder('id'))).prepare();
  if (variant === 'organisation')
    return query
      .where(eq(topics.organisationId, sql.placeholder('id')))
      .orderBy(desc(topics.createdAt), desc(topics.id))
      .prepare();
  return query
    .where(variant === 'later' ? isNull(topics.meetingId) : eq(topics.meetingId, sql.placeholder('id')))
    .orderBy(asc(topics.createdAt), asc(topics.id))
    .prepare();
});

const mergedIntoAny = prepared((db) =>
  db
    .select({
      id: topics.id,
      mergedIntoId: topics.mergedIntoId,
      title: topics.title,
      organisationId: topics.organisationId,
      organisationName: organisationOf('name', topics.organisationId),
    })
    .from(topics)
    .where(and(inList(topics.mergedIntoId, 'ids'), eq(topics.status, 'samengevoegd')))
    .orderBy(asc(organisationOf('name', topics.organisationId)))
    .prepare(),
);

const onAgendas = prepared((db) =>
  db
    .select({
      id: topics.id,
      meetingId: topics.meetingId,
      title: topics.title,
      themeId: topics.themeId,
      themeName: themeOf('name', topics.themeId),
    })
    .from(topics)
    .where(and(inList(topics.meetingId, 'meetingIds'), inList(topics.status, 'statuses')))
    .orderBy(asc(topics.id))
    .prepare(),
);

const statusCounts = prepared((db, variant: 'meeting' | 'later') =>
  db
    .select({ status: topics.status, n: sql<number>`count(*)` })
    .from(topics)
    .where(
      variant === 'later' ? isNull(topics.meetingId) : eq(topics.meetingId, sql.placeholder('meetingId')),
    )
    .groupBy(topics.status)
    .prepare(),
);

const organisationCount = prepared((db) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(topics)
    .where(
      and(
        eq(topics.organisationId, sql.placeholder('organisationId')),
        eq(topics.meetingId, sql.placeholder('meetingId')),
      ),
    )
    .prepare(),
);

const themeFactRows = prepared((db) =>
  db
    .select({
      id: topics.id,
      themeId: topics.themeId,
      themeName: themeOf('name', topics.themeId),
      organisationId: topics.organisationId,
      status: topics.status,
      mergedIntoId: topics.mergedIntoId,
      createdAt: topics.createdAt,
    })
    .from(topics)
    .where(
      and(gte(topics.createdAt, sql.placeholder('from')), lt(topics.createdAt, sql.placeholder('until'))),
    )
    .prepare(),
);

export function createTopicsRepository(db: DbOrTx) {
  return {
    /** The topics, for the archive export (`cli export`). */
    exportRows(): ExportedTable[] {
      return [exportTable(db, topics)];
    },

    find(id: number): Topic | null {
      return db.select().from(topics).where(eq(topics.id, id)).get() ?? null;
    },

    findListed(id: number) {
      return listedBy(db, 'topic').get({ id }) ?? null;
    },

    listForOrganisation(organisationId: number) {
      return listedBy(db, 'organisation').all({ id: organisationId });
    },

    /** Topics of one meeting, or with `null` the topics for "a later meeting". */
    listForMeeting(meetingId: number | null) {
      return meetingId === null
        ? listedBy(db, 'later').all()
        : listedBy(db, 'meeting').all({ id: meetingId });
    },

    insert(values: TopicValues, organisationId: number, contactId: number, now: string): number {
      return db
        .insert(topics)
        .values({ ...values, organisationId, submittedBy: contactId, createdAt: now, updatedAt: now })
        .returning({ id: topics.id })
        .get().id;
    },

    /** A topic the organisation submitted with exactly these values that awaits triage still, or null. */
    findSubmitted(values: TopicValues, organisationId: number): Topic | null {
      const { meetingId } = values;
      return (
        db
          .select()
          .from(topics)
          .where(
            and(
              eq(topics.organisationId, organisationId),
              eq(topics.status, 'ingediend'),
              meetingId === null ? isNull(topics.meetingId) : eq(topics.meetingId, meetingId),
              eq(topics.themeId, values.themeId),
              eq(topics.title, values.title),
              eq(topics.description, values.description),
              eq(topics.desiredOutcome, values.desiredOutcome),
              eq(topics.suggestedMinutes, values.suggestedMinutes),
            ),
          )
          .get() ?? null
      );
    },

    update(id: number, values: TopicValues, now: string) {
      db.update(topics)
        .set({ ...values, updatedAt: now })
        .where(eq(topics.id, id))
        .run();
    },

    delete(id: number) {
      db.delete(topics).where(eq(topics.id, id)).run();
    },

    setStatus(
      id: number,
      change: {
        status: TopicStatus;
        meetingId?: number | null;
        mergedIntoId?: number | null;
        declineReason?: string | null;
      },
      now: string,
    ) {
      db.update(topics)
        .set({ ...change, updatedAt: now })
        .where(eq(topics.id, id))
        .run();
    },

    /** Topics merged into one of `ids`, with their organisation. */
    mergedInto(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return mergedIntoAny(db).all({ ids: inList.values(ids) });
    },

    /** Moves the topics merged into `fromId` to `toId` (and its meeting), so merges never form a chain. */
    repointMerged(fromId: number, toId: number, meetingId: number | null, now: string) {
      db.update(topics)
        .set({ mergedIntoId: toId, meetingId, updatedAt: now })
        .where(eq(topics.mergedIntoId, fromId))
        .run();
    },

    /** The meeting's topics that await triage or are on its agenda. */
    listOpen(meetingId: number) {
      return db
        .select({ id: topics.id, status: topics.status })
        .from(topics)
        .where(
          and(
            eq(topics.meetingId, meetingId),
            inArray(topics.status, [...AWAITING_TRIAGE_STATUSES, 'geagendeerd']),
          ),
        )
        .all();
    },

    /** Topics merged into `id` follow it when it moves to another meeting. */
    moveMerged(id: number, meetingId: number | null, now: string) {
      db.update(topics).set({ meetingId, updatedAt: now }).where(eq(topics.mergedIntoId, id)).run();
    },

    /** Organisations that submitted anything for the meeting (in any status). */
    submittingOrganisationIds(meetingId: number): number[] {
      return db
        .selectDistinct({ id: topics.organisationId })
        .from(topics)
        .where(eq(topics.meetingId, meetingId))
        .all()
        .map((row) => row.id);
    },

    /** The topics submitted in a time range (ISO instants) with theme and status: the theme monitor's input. */
    themeFacts(from: string, until: string) {
      return themeFactRows(db).all({ from, until });
    },

    /** The topics on these meetings' agendas, whose themes bring partners in (see `participants`). */
    onAgendaOf(meetingIds: readonly number[]) {
      if (meetingIds.length === 0) return [];
      return onAgendas(db).all({
        meetingIds: inList.values(meetingIds),
        statuses: inList.values(ACCEPTED_TOPIC_STATUSES),
      });
    },

    countByStatus(meetingId: number | null) {
      return meetingId === null
        ? statusCounts(db, 'later').all()
        : statusCounts(db, 'meeting').all({ meetingId });
    },

    /** How many topics an organisation ever submitted, or were filed under a theme: what keeps either from deletion. */
    countOf(by: { organisationId: number } | { themeId: number }): number {
      const where =
        'organisationId' in by
          ? eq(topics.organisationId, by.organisationId)
          : eq(topics.themeId, by.themeId);
      return db.select({ n: sql<number>`count(*)` }).from(topics).where(where).get()?.n ?? 0;
    },

    /** How many topics an organisation submitted for a meeting (in any status). */
    countOfOrganisation(organisationId: number, meetingId: number): number {
      return organisationCount(db).get({ organisationId, meetingId })?.n ?? 0;
    },
  };
}

export type ThemeFactRow = ReturnType<ReturnType<typeof createTopicsRepository>['themeFacts']>[number];
