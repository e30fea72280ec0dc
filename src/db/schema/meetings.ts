// Meetings, their recorded changes, school holidays and date polls.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contacts } from './organisations.js';

export const meetingStatuses = ['concept', 'gepland', 'gehouden', 'geannuleerd'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    /** UTC ISO instants; shown in Europe/Amsterdam. */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    location: text('location').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    topicDeadline: text('topic_deadline').notNull(),
    status: text('status', { enum: meetingStatuses }).notNull().default('concept'),
    /** iCalendar SEQUENCE: 0 on first send, +1 on every update and on cancel. */
    sequence: integer('sequence').notNull().default(0),
    cancelReason: text('cancel_reason'),
    agendaPublishedAt: text('agenda_published_at'),
    reminderSentAt: text('reminder_sent_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // Lists and "the next meeting" order and filter by start; with an index their cost stays flat as history grows.
  (table) => [index('meetings_starts_at_idx').on(table.startsAt)],
);

export const meetingChangeKinds = ['created', 'planned', 'time', 'place', 'cancelled', 'held'] as const;
export type MeetingChangeKind = (typeof meetingChangeKinds)[number];

export const meetingChanges = sqliteTable(
  'meeting_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: meetingChangeKinds }).notNull(),
    /** JSON `{ before, after }` of the changed fields (times, place): no free text of users. */
    details: text('details').notNull().default('{}'),
    changedBy: integer('changed_by').references(() => contacts.id),
    changedAt: text('changed_at').notNull(),
    /** Set when invitees have been sent the update or cancel for this change. */
    notifiedAt: text('notified_at'),
  },
  (table) => [index('meeting_changes_meeting_idx').on(table.meetingId)],
);

export const holidayKinds = ['herfst', 'kerst', 'voorjaar', 'mei', 'zomer'] as const;
export type HolidayKind = (typeof holidayKinds)[number];

/** The three regions the Rijksoverheid gives school holidays for. */
export const holidayRegions = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof holidayRegions)[number];

export const schoolHolidays = sqliteTable(
  'school_holidays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Rows from before regions existed were all regio Noord's (the only region then).
    region: text('region', { enum: holidayRegions }).notNull().default('noord'),
    schoolYear: text('school_year').notNull(),
    kind: text('kind', { enum: holidayKinds }).notNull(),
    /** Local dates `YYYY-MM-DD`, inclusive. */
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    advisory: integer('advisory', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('school_holidays_region_year_kind').on(table.region, table.schoolYear, table.kind)],
);

export const pollStatuses = ['open', 'closed'] as const;

export const datePolls = sqliteTable(
  'date_polls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    status: text('status', { enum: pollStatuses }).notNull().default('open'),
    closesAt: text('closes_at').notNull(),
    meetingId: integer('meeting_id').references(() => meetings.id),
    createdBy: integer('created_by').references(() => contacts.id),
    createdAt: text('created_at').notNull(),
    closedAt: text('closed_at'),
  },
  (table) => [index('date_polls_meeting_idx').on(table.meetingId)],
);

export const datePollOptions = sqliteTable('date_poll_options', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  pollId: integer('poll_id')
    .notNull()
    .references(() => datePolls.id, { onDelete: 'cascade' }),
  startsAt: text('starts_at').notNull(),
  endsAt: text('ends_at').notNull(),
});

export const datePollParticipants = sqliteTable(
  'date_poll_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pollId: integer('poll_id')
      .notNull()
      .references(() => datePolls.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    tokenHash: text('token_hash').notNull().unique(),
    respondedAt: text('responded_at'),
    /** The one reminder: when it was sent, and the hash of the second personal link it carried. */
    remindedAt: text('reminded_at'),
    reminderTokenHash: text('reminder_token_hash').unique(),
  },
  (table) => [uniqueIndex('date_poll_participants_unique').on(table.pollId, table.contactId)],
);

export const pollAnswers = ['ja', 'misschien', 'nee'] as const;
export type PollAnswer = (typeof pollAnswers)[number];

export const datePollAnswers = sqliteTable(
  'date_poll_answers',
  {
    participantId: integer('participant_id')
      .notNull()
      .references(() => datePollParticipants.id, { onDelete: 'cascade' }),
    optionId: integer('option_id')
      .notNull()
      .references(() => datePollOptions.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: pollAnswers }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.participantId, table.optionId] })],
);
