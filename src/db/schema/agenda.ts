// Agenda topics submitted by organisations and the ordered, timed agenda of a meeting.
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { meetings } from './meetings.js';
import { contacts, organisations, themes } from './organisations.js';

export const topicStatuses = [
  'ingediend',
  'geagendeerd',
  'doorgeschoven',
  'samengevoegd',
  'afgewezen',
  'besproken',
] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export const desiredOutcomes = ['informeren', 'bespreken', 'besluiten'] as const;
export type DesiredOutcome = (typeof desiredOutcomes)[number];

export const topics = sqliteTable(
  'topics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null means "a later meeting". */
    meetingId: integer('meeting_id').references(() => meetings.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    desiredOutcome: text('desired_outcome', { enum: desiredOutcomes }).notNull(),
    suggestedMinutes: integer('suggested_minutes').notNull().default(15),
    status: text('status', { enum: topicStatuses }).notNull().default('ingediend'),
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => topics.id),
    declineReason: text('decline_reason'),
    submittedBy: integer('submitted_by').references(() => contacts.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('topics_meeting_idx').on(table.meetingId),
    index('topics_organisation_idx').on(table.organisationId),
    // The triage page and the agenda look up what was merged into the topics they show.
    index('topics_merged_into_idx').on(table.mergedIntoId),
  ],
);

export const standingItems = ['opening', 'verslag', 'afspraken', 'rondvraag', 'sluiting'] as const;
export type StandingItem = (typeof standingItems)[number];

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    standing: text('standing', { enum: standingItems }),
    topicId: integer('topic_id').references(() => topics.id),
    minutes: integer('minutes').notNull(),
    /** Set when the item was added or changed after the agenda was published. */
    changedAfterPublishAt: text('changed_after_publish_at'),
    /** Set when the item was taken off the agenda after it was published (shown as cancelled, not timed). */
    removedAt: text('removed_at'),
  },
  (table) => [index('agenda_items_meeting_idx').on(table.meetingId)],
);
